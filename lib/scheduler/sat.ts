/**
 * A small CDCL satisfiability solver: two watched literals, first-UIP clause learning with
 * recursive minimisation, VSIDS, phase saving, target phases, Luby restarts, deletion of the least
 * useful learnt clauses, and a theory: a reasoner of its own that sees each assignment the
 * clauses leave in place, and answers a conflict with a clause, as a lazy constraint. Literals
 * are 2·v for variable v true and 2·v + 1 for it false.
 */
export const enum SatAnswer {
  Unsatisfiable = 0,
  Satisfiable = 1,
  Unknown = 2,
}

const DECAY = 0.95;
/**
 * Conflicts in a Luby restart unit. Restarting often suits this search, which comes back to
 * its target at each restart: on schedules aimed at a low bound of breaks, 50 took 28% fewer
 * conflicts than 100 (twelve placements of a 302-meeting forum), and fewer than 25 or 300.
 */
const RESTART_UNIT = 50;

/**
 * Reasoning beyond clauses and counts (a matching, say), consulted whenever propagation comes
 * to rest. It reads the trail, and answers with a clause that the current assignment falsifies,
 * one every solution satisfies, or null when it sees nothing wrong.
 */
export interface Theory {
  check(solver: SatSolver): number[] | null;
  /** The trail was cut back to `size` literals. */
  backtrack(size: number): void;
}

/** A theory's clause false at the root: nothing satisfies the formula. */
const REFUTED = -3;

export function positive(v: number): number {
  return v << 1;
}

export function negative(v: number): number {
  return (v << 1) | 1;
}

export class SatSolver {
  /** Conflicts in a Luby restart unit (a search may find another suits it better). */
  restartUnit = RESTART_UNIT;
  private vars = 0;
  /** Consulted at each fixpoint of propagation; not carried to a copy. */
  theory: Theory | null = null;
  /** The trail up to here was seen by the theory without objection. */
  private theoryHead = 0;
  /** Per literal: 1 true, -1 false, 0 unassigned. */
  private value = new Int8Array(64);
  private level = new Int32Array(32);
  private reason = new Int32Array(32);
  private phase = new Int8Array(32);
  private activity = new Float64Array(32);
  private seen = new Uint8Array(32);
  private variableIncrement = 1;
  private heap = new Int32Array(32);
  private heapSize = 0;
  private heapIndex = new Int32Array(32).fill(-1);
  private trail = new Int32Array(32);
  /** Where each variable sits on the trail: orders a cardinality reason's literals. */
  private trailIndex = new Int32Array(32);
  /** At-most-k constraints: literals, bound, how many are true (among those propagated). */
  private readonly cardLits: Int32Array[] = [];
  private readonly cardBound: number[] = [];
  private readonly cardCount: number[] = [];
  /** Per constraint: its true literals in trail order (the first cardCount of them). */
  private readonly cardTrue: Int32Array[] = [];
  /** Literals already true at the root when the constraint was added: not in it, but counted. */
  private readonly cardOffset: number[] = [];
  /** Per literal: the cardinality constraints it is in. */
  private cardWatches: number[][] = [];
  /** Where reasonLiterals puts a reason's literals: a typed buffer, as emptying an array each time showed in profiles. */
  private reasonBuffer = new Int32Array(64);
  private trailSize = 0;
  private head = 0;
  private readonly levelStart: number[] = [];
  /** Clauses in one arena: size, then its literals; a clause is named by its offset. */
  private arena = new Int32Array(1 << 16);
  private arenaSize = 0;
  private watches: number[][] = [];
  /**
   * Per literal: the two-literal clauses it falsifies a side of, as (the other literal, the
   * clause): most clauses here have two literals, and these propagate without reading them.
   */
  private binaryWatches: number[][] = [];
  private readonly learnts: number[] = [];
  /** Per learnt clause, by its offset in the arena: its decision levels when learnt (distinctLevels). */
  private lbdAt = new Int32Array(1 << 16);
  private levelMark = new Int32Array(33);
  private lbdStamp = 0;
  private contradiction = false;
  private model = new Int8Array(0);
  /** The variables analysis marked seen, to clear the marks after (each once, so at most one per variable). */
  private marked = new Int32Array(32);
  private markedCount = 0;
  /** The literals minimisation still has to follow back (each variable once). */
  private followed = new Int32Array(33);
  conflicts = 0;
  propagations = 0;
  decisions = 0;

  /**
   * A solver of its own with the same clauses, constraints and root values, and none of the
   * learnt clauses: for a bound this one can no longer try (one refuted leaves it refuted)
   * without encoding the formula again. Taken at the root, before any search.
   */
  clone(): SatSolver {
    if (this.learnts.length > 0 || this.levelStart.length > 0) throw new Error("a solver is copied at the root, before any search");
    const c = new SatSolver();
    c.vars = this.vars;
    c.restartUnit = this.restartUnit;
    c.value = this.value.slice();
    c.level = this.level.slice();
    c.reason = this.reason.slice();
    c.phase = this.phase.slice();
    c.activity = this.activity.slice();
    c.seen = this.seen.slice();
    c.variableIncrement = this.variableIncrement;
    c.heap = this.heap.slice();
    c.heapSize = this.heapSize;
    c.heapIndex = this.heapIndex.slice();
    c.trail = this.trail.slice();
    c.trailIndex = this.trailIndex.slice();
    c.cardLits.push(...this.cardLits); // never changed once added
    c.cardBound.push(...this.cardBound);
    c.cardCount.push(...this.cardCount);
    c.cardTrue.push(...this.cardTrue.map((t) => t.slice()));
    c.cardOffset.push(...this.cardOffset);
    c.cardWatches = this.cardWatches.map((list) => list.slice());
    c.trailSize = this.trailSize;
    c.head = this.head;
    c.arena = this.arena.slice();
    c.lbdAt = new Int32Array(this.arena.length);
    c.arenaSize = this.arenaSize;
    c.watches = this.watches.map((list) => list.slice());
    c.binaryWatches = this.binaryWatches.map((list) => list.slice());
    c.levelMark = this.levelMark.slice();
    c.marked = new Int32Array(this.marked.length);
    c.followed = new Int32Array(this.followed.length);
    c.contradiction = this.contradiction;
    for (const v of this.targeted) c.targeted.push(v);
    c.target = this.target.slice();
    c.isTargeted = this.isTargeted.slice();
    c.rank = this.rank.slice();
    return c;
  }

  get variableCount(): number {
    return this.vars;
  }

  newVariable(): number {
    const v = this.vars++;
    if (v >= this.level.length) this.grow(this.level.length * 2);
    this.watches.push([], []);
    this.binaryWatches.push([], []);
    this.cardWatches.push([], []);
    this.heapIndex[v] = -1;
    this.insertHeap(v);
    return v;
  }

  private grow(size: number): void {
    const resize = <T extends Int8Array | Int32Array | Float64Array | Uint8Array>(old: T, n: number, fill = 0): T => {
      const next = new (old.constructor as new (n: number) => T)(n);
      next.fill(fill as never);
      next.set(old as never);
      return next;
    };
    this.value = resize(this.value, size * 2);
    this.level = resize(this.level, size);
    this.reason = resize(this.reason, size);
    this.phase = resize(this.phase, size);
    this.activity = resize(this.activity, size);
    this.seen = resize(this.seen, size);
    this.heap = resize(this.heap, size);
    this.heapIndex = resize(this.heapIndex, size, -1);
    this.trail = resize(this.trail, size);
    this.trailIndex = resize(this.trailIndex, size);
    this.target = resize(this.target, size);
    this.levelMark = resize(this.levelMark, size + 1);
    this.marked = resize(this.marked, size);
    this.followed = resize(this.followed, size + 1);
    this.isTargeted = resize(this.isTargeted, size);
    this.rank = resize(this.rank, size);
  }

  /** The polarity tried first for v (as in the schedule being improved). */
  setPhase(v: number, on: boolean): void {
    this.phase[v] = on ? 1 : 0;
  }

  /**
   * The polarity v returns to at each restart (phase saving drifts in between), until a
   * longer assignment without a conflict replaces it: the search starts around the best
   * schedule known and keeps coming back around the best it has reached since.
   */
  setTarget(v: number, on: boolean): void {
    if (!this.isTargeted[v]) {
      this.isTargeted[v] = 1;
      this.targeted.push(v);
    }
    this.target[v] = on ? 1 : 0;
    this.phase[v] = on ? 1 : 0;
  }

  /**
   * The targeted variables on the trail's first `size` literals take their values there as
   * their targets. Restarting towards the longest assignment without a conflict, rather than
   * back to where the search began, keeps what it got right: on the schedules aimed at a low
   * bound of breaks it halved the conflicts to a schedule.
   */
  private targetTrail(size: number): void {
    for (let i = 0; i < size; i++) {
      const lit = this.trail[i]!;
      if (this.isTargeted[lit >> 1]) this.target[lit >> 1] = lit & 1 ? 0 : 1;
    }
  }

  private readonly targeted: number[] = [];
  private target = new Int8Array(32);
  private isTargeted = new Uint8Array(32);

  /**
   * Decided only once every variable not so marked is assigned: for variables the others
   * determine (counters, helpers), whose guessed values would mislead the search.
   */
  setDependent(v: number): void {
    this.rank[v] = 1;
    if (this.heapIndex[v]! >= 0) {
      this.siftDown(this.heapIndex[v]!);
    }
  }

  private rank = new Uint8Array(32);

  /** Makes v among the first decided. */
  boost(v: number, amount: number): void {
    this.activity[v]! += amount;
    if (this.heapIndex[v]! >= 0) this.siftUp(this.heapIndex[v]!);
  }

  /** Adds a clause, at the root only. False when the formula became unsatisfiable. */
  addClause(literals: readonly number[]): boolean {
    if (this.contradiction) return false;
    const lits: number[] = [];
    for (const l of literals) {
      const v = this.value[l]!;
      if (v === 1 || lits.includes(l ^ 1)) return true;
      if (v === -1 || lits.includes(l)) continue;
      lits.push(l);
    }
    if (lits.length === 0) {
      this.contradiction = true;
      return false;
    }
    if (lits.length === 1) {
      this.enqueue(lits[0]!, -1);
      if (this.propagate() !== -1) this.contradiction = true;
      return !this.contradiction;
    }
    this.attach(lits);
    return true;
  }

  /**
   * At most k of `lits` true, propagated natively (an encoding in clauses would need a
   * counter's worth of variables). At the root only; the constraint's id, -1 when it reduced
   * to clauses, or null when the formula became unsatisfiable.
   */
  addAtMost(literals: readonly number[], k: number): number | null {
    if (this.contradiction) return null;
    const lits: number[] = [];
    const asked = k;
    for (const l of literals) {
      if (this.value[l] === 1) k--;
      else if (this.value[l] === 0 && !lits.includes(l)) lits.push(l);
    }
    if (k < 0) {
      this.contradiction = true;
      return null;
    }
    if (lits.length <= k) return -1;
    if (k === 0) {
      for (const l of lits) if (!this.addClause([l ^ 1])) return null;
      return -1;
    }
    const id = this.cardLits.length;
    this.cardLits.push(Int32Array.from(lits));
    this.cardBound.push(k);
    this.cardCount.push(0);
    this.cardTrue.push(new Int32Array(lits.length));
    this.cardOffset.push(asked - k);
    for (const l of lits) this.cardWatches[l]!.push(id);
    return id;
  }

  /** Lowers constraint id's bound to k (at the root). False when that is unsatisfiable. */
  tightenAtMost(id: number, k: number): boolean {
    if (this.contradiction) return false;
    const lits = this.cardLits[id]!;
    let already = 0;
    for (const l of lits) if (this.value[l] === 1) already++;
    // The count holds the propagated true literals; at the root after propagation, all of them.
    k -= this.cardOffset[id]!;
    this.cardBound[id] = k;
    if (k < 0 || already > k) {
      this.contradiction = true;
      return false;
    }
    if (already === k) for (const l of lits) if (this.value[l] === 0) this.enqueue(l ^ 1, -2 - id);
    if (this.propagate() !== -1) {
      this.contradiction = true;
      return false;
    }
    return true;
  }

  /** A cardinality constraint found violated by the last propagation, or -1. */
  private cardConflict = -1;

  /** The literals of v's reason other than v's own, or of a conflict (v = -1), into `reasonBuffer`: how many. */
  private reasonLiterals(from: number, v: number): number {
    if (from >= 0) {
      const size = this.arena[from]!;
      if (size > this.reasonBuffer.length) this.reasonBuffer = new Int32Array(2 * size);
      const out = this.reasonBuffer;
      // A two-literal clause propagates in either direction, its literals left as they are.
      if (size === 2 && v >= 0) {
        const first = this.arena[from + 1]!;
        out[0] = first >> 1 === v ? this.arena[from + 2]! : first;
        return 1;
      }
      let n = 0;
      for (let k = v < 0 ? 1 : 2; k <= size; k++) out[n++] = this.arena[from + k]!;
      return n;
    }
    const id = -2 - from;
    const limit = v < 0 ? Infinity : this.trailIndex[v]!;
    const stack = this.cardTrue[id]!;
    const count = this.cardCount[id]!;
    if (count > this.reasonBuffer.length) this.reasonBuffer = new Int32Array(2 * count);
    const out = this.reasonBuffer;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const l = stack[i]!;
      if (this.trailIndex[l >> 1]! >= limit) break;
      out[n++] = l ^ 1;
    }
    return n;
  }

  private attach(lits: readonly number[]): number {
    const need = this.arenaSize + lits.length + 1;
    if (need > this.arena.length) {
      const next = new Int32Array(Math.max(need, this.arena.length * 2));
      next.set(this.arena.subarray(0, this.arenaSize));
      this.arena = next;
      const lbd = new Int32Array(next.length);
      lbd.set(this.lbdAt.subarray(0, this.arenaSize));
      this.lbdAt = lbd;
    }
    const ref = this.arenaSize;
    this.arena[ref] = lits.length;
    for (let i = 0; i < lits.length; i++) this.arena[ref + 1 + i] = lits[i]!;
    this.arenaSize = need;
    if (lits.length === 2) {
      this.binaryWatches[lits[0]! ^ 1]!.push(lits[1]!, ref);
      this.binaryWatches[lits[1]! ^ 1]!.push(lits[0]!, ref);
      return ref;
    }
    this.watches[lits[0]! ^ 1]!.push(ref, lits[1]!);
    this.watches[lits[1]! ^ 1]!.push(ref, lits[0]!);
    return ref;
  }

  private enqueue(lit: number, from: number): void {
    const v = lit >> 1;
    this.value[lit] = 1;
    this.value[lit ^ 1] = -1;
    this.level[v] = this.levelStart.length;
    this.reason[v] = from;
    this.trailIndex[v] = this.trailSize;
    this.trail[this.trailSize++] = lit;
  }

  /** Unit propagation: -1, or the conflict (a clause, or -2 - id for a cardinality constraint). */
  private propagate(): number {
    const { value } = this;
    while (this.head < this.trailSize) {
      const lit = this.trail[this.head++]!;
      const falseLit = lit ^ 1;
      const cards = this.cardWatches[lit]!;
      let violated = -1;
      for (let c = 0; c < cards.length; c++) {
        const id = cards[c]!;
        const count = ++this.cardCount[id]!;
        this.cardTrue[id]![count - 1] = lit;
        const k = this.cardBound[id]!;
        if (violated >= 0 || count < k) continue;
        if (count > k) {
          violated = id;
          continue;
        }
        const members = this.cardLits[id]!;
        for (let q = 0; q < members.length; q++) if (value[members[q]!] === 0) this.enqueue(members[q]! ^ 1, -2 - id);
      }
      if (violated >= 0) {
        this.cardConflict = violated;
        return -2 - violated;
      }
      const binary = this.binaryWatches[lit]!;
      for (let b = 0; b < binary.length; b += 2) {
        const other = binary[b]!;
        const known = value[other]!;
        if (known === 1) continue;
        if (known === -1) return binary[b + 1]!;
        this.enqueue(other, binary[b + 1]!);
      }
      // Clauses watching falseLit, each with a literal of its own (the blocker): when that one is
      // true the clause is satisfied, and its literals need not be read.
      const list = this.watches[lit]!;
      this.propagations++;
      let i = 0;
      let j = 0;
      const n = list.length;
      while (i < n) {
        const ref = list[i]!;
        const blocker = list[i + 1]!;
        i += 2;
        if (value[blocker] === 1) {
          list[j++] = ref;
          list[j++] = blocker;
          continue;
        }
        const arena = this.arena;
        let first = arena[ref + 1]!;
        if (first === falseLit) {
          first = arena[ref + 2]!;
          arena[ref + 1] = first;
          arena[ref + 2] = falseLit;
        }
        if (first !== blocker && value[first] === 1) {
          list[j++] = ref;
          list[j++] = first;
          continue;
        }
        const size = arena[ref]!;
        let moved = false;
        for (let k = 3; k <= size; k++) {
          const other = arena[ref + k]!;
          if (value[other] !== -1) {
            arena[ref + 2] = other;
            arena[ref + k] = falseLit;
            this.watches[other ^ 1]!.push(ref, first);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        list[j++] = ref;
        list[j++] = first;
        if (value[first] === -1) {
          while (i < n) list[j++] = list[i++]!;
          list.length = j;
          return ref;
        }
        this.enqueue(first, ref);
      }
      if (j < n) list.length = j;
    }
    return -1;
  }

  private bump(v: number): void {
    if ((this.activity[v]! += this.variableIncrement) > 1e100) {
      for (let u = 0; u < this.vars; u++) this.activity[u]! *= 1e-100;
      this.variableIncrement *= 1e-100;
    }
    if (this.heapIndex[v]! >= 0) this.siftUp(this.heapIndex[v]!);
  }

  /** First-UIP learning: the learnt clause (asserting literal first) and the level to go back to. */
  private analyse(conflict: number, out: number[]): number {
    const { seen, level } = this;
    const current = this.levelStart.length;
    out.length = 0;
    out.push(-1);
    let pending = 0;
    let lit = -1;
    let index = this.trailSize - 1;
    let clause = conflict;
    do {
      const n = this.reasonLiterals(clause, lit < 0 ? -1 : lit >> 1);
      const lits = this.reasonBuffer;
      for (let k = 0; k < n; k++) {
        const q = lits[k]!;
        const v = q >> 1;
        if (seen[v] || level[v] === 0) continue;
        seen[v] = 1;
        this.bump(v);
        if (level[v]! >= current) pending++;
        else out.push(q);
      }
      while (!seen[this.trail[index]! >> 1]) index--;
      lit = this.trail[index--]!;
      clause = this.reason[lit >> 1]!;
      seen[lit >> 1] = 0;
      pending--;
    } while (pending > 0);
    out[0] = lit ^ 1;

    // Drop literals implied by the others: those whose reasons lead, step by step, only to
    // literals of the clause (recursive minimisation).
    this.markedCount = 0;
    for (let i = 1; i < out.length; i++) this.marked[this.markedCount++] = out[i]! >> 1;
    let levels = 0;
    for (let i = 1; i < out.length; i++) levels |= 1 << (level[out[i]! >> 1]! & 31);
    let kept = 1;
    for (let i = 1; i < out.length; i++) {
      const q = out[i]!;
      if (this.reason[q >> 1] === -1 || !this.redundant(q, levels)) out[kept++] = q;
    }
    for (let i = 0; i < this.markedCount; i++) seen[this.marked[i]!] = 0;
    out.length = kept;

    let back = 0;
    for (let i = 1; i < out.length; i++) {
      const l = level[out[i]! >> 1]!;
      if (l > back) {
        back = l;
        const swap = out[1]!;
        out[1] = out[i]!;
        out[i] = swap;
      }
    }
    return back;
  }

  /**
   * Whether q follows from the clause's other literals (those `seen`): each literal its reason
   * leads to is in the clause, at the root, or follows in turn. `levels` holds a bit per level
   * of the clause: a literal of any other level cannot follow, so it ends the walk at once.
   * What it proves follows is marked seen, and cleared with the clause's own marks.
   */
  private redundant(q: number, levels: number): boolean {
    const { seen, level, reason, marked, followed } = this;
    const top = this.markedCount;
    let pending = 0;
    followed[pending++] = q;
    while (pending > 0) {
      const p = followed[--pending]!;
      const n = this.reasonLiterals(reason[p >> 1]!, p >> 1);
      const lits = this.reasonBuffer;
      for (let k = 0; k < n; k++) {
        const l = lits[k]!;
        const v = l >> 1;
        if (seen[v] || level[v] === 0) continue;
        if (reason[v] !== -1 && (levels & (1 << (level[v]! & 31))) !== 0) {
          seen[v] = 1;
          followed[pending++] = l ^ 1;
          marked[this.markedCount++] = v;
          continue;
        }
        for (let j = top; j < this.markedCount; j++) seen[marked[j]!] = 0;
        this.markedCount = top;
        return false;
      }
    }
    return true;
  }

  private cancelUntil(target: number): void {
    if (this.levelStart.length <= target) return;
    const start = this.levelStart[target]!;
    for (let i = this.trailSize - 1; i >= start; i--) {
      const lit = this.trail[i]!;
      const v = lit >> 1;
      if (i < this.head) {
        const cards = this.cardWatches[lit]!;
        for (let c = 0; c < cards.length; c++) this.cardCount[cards[c]!]!--;
      }
      this.phase[v] = lit & 1 ? 0 : 1;
      this.value[lit] = 0;
      this.value[lit ^ 1] = 0;
      if (this.heapIndex[v]! < 0) this.insertHeap(v);
    }
    this.trailSize = start;
    this.head = start;
    if (this.theoryHead > start) this.theoryHead = start;
    this.theory?.backtrack(start);
    this.levelStart.length = target;
  }

  /**
   * Keeps the learnt clauses with the fewest decision levels; drops half the others, and packs
   * the arena so that memory follows the clauses kept, not all those ever learnt. At the root
   * only: no clause is then the reason of anything but a root literal, which needs none.
   */
  private reduce(): void {
    const { lbdAt } = this;
    const sorted = this.learnts.slice().sort((x, y) => lbdAt[x]! - lbdAt[y]!);
    // Per clause, by its old offset: where it moves, or -1 when it is dropped.
    const moved = new Int32Array(this.arenaSize);
    let drops = 0;
    for (let i = Math.floor(sorted.length / 2); i < sorted.length; i++) {
      if (lbdAt[sorted[i]!]! <= 2) continue;
      moved[sorted[i]!] = -1;
      drops++;
    }
    if (drops === 0) return;
    const old = this.arena;
    let size = 0;
    for (let ref = 0; ref < this.arenaSize; ) {
      const length = old[ref]! + 1; // read before a copy may overwrite it
      if (moved[ref] !== -1) {
        old.copyWithin(size, ref, ref + length);
        lbdAt[size] = lbdAt[ref]!; // an offset at or before ref, whose clause has moved already
        moved[ref] = size;
        size += length;
      }
      ref += length;
    }
    this.arenaSize = size;
    for (const list of this.binaryWatches) {
      let j = 0;
      for (let i = 0; i < list.length; i += 2) {
        const ref = moved[list[i + 1]!]!;
        if (ref < 0) continue;
        list[j++] = list[i]!;
        list[j++] = ref;
      }
      list.length = j;
    }
    for (const list of this.watches) {
      let j = 0;
      for (let i = 0; i < list.length; i += 2) {
        const ref = moved[list[i]!]!;
        if (ref < 0) continue;
        list[j++] = ref;
        list[j++] = list[i + 1]!;
      }
      list.length = j;
    }
    for (let i = 0; i < this.trailSize; i++) {
      const v = this.trail[i]! >> 1;
      if (this.reason[v]! >= 0) this.reason[v] = -1;
    }
    let kept = 0;
    for (const ref of this.learnts) if (moved[ref]! >= 0) this.learnts[kept++] = moved[ref]!;
    this.learnts.length = kept;
  }

  private decide(): number {
    while (this.heapSize > 0) {
      const v = this.popHeap();
      if (this.value[v << 1] === 0) return this.phase[v] ? positive(v) : negative(v);
    }
    return -1;
  }

  /**
   * Searches until a model is found (Satisfiable), the formula is refuted (Unsatisfiable), or
   * the deadline or the conflict budget runs out (Unknown). Ends back at the root.
   */
  solve(deadline: number, conflictBudget = Infinity, stop?: () => boolean): SatAnswer {
    if (this.contradiction) return SatAnswer.Unsatisfiable;
    if (this.propagate() !== -1) {
      this.contradiction = true;
      return SatAnswer.Unsatisfiable;
    }
    const learnt: number[] = [];
    let restart = 0;
    let untilRestart = this.restartUnit * luby(restart);
    let nextReduce = 2_000 + this.learnts.length;
    let reductions = 0;
    const stopAt = this.conflicts + conflictBudget;
    let longestTrail = 0;
    for (;;) {
      let conflict = this.propagate();
      if (conflict === -1 && this.theory && this.theoryHead < this.trailSize) {
        const clause = this.theory.check(this);
        if (clause === null) this.theoryHead = this.trailSize;
        else {
          conflict = this.theoryConflict(clause);
          if (conflict === REFUTED) {
            this.contradiction = true;
            this.cancelUntil(0);
            return SatAnswer.Unsatisfiable;
          }
          if (conflict === -1) continue;
        }
      }
      if (conflict !== -1) {
        this.conflicts++;
        if (this.levelStart.length === 0) {
          this.contradiction = true;
          return SatAnswer.Unsatisfiable;
        }
        // Everything before the conflict's level holds together: the most of it yet becomes the target.
        const consistent = this.levelStart[this.levelStart.length - 1]!;
        if (consistent > longestTrail) {
          longestTrail = consistent;
          this.targetTrail(consistent);
        }
        const back = this.analyse(conflict, learnt);
        this.cancelUntil(back);
        if (learnt.length === 1) this.enqueue(learnt[0]!, -1);
        else {
          const ref = this.attach(learnt);
          this.learnts.push(ref);
          this.lbdAt[ref] = this.distinctLevels(learnt);
          this.enqueue(learnt[0]!, ref);
        }
        this.variableIncrement /= DECAY;
        if (--untilRestart <= 0) {
          untilRestart = this.restartUnit * luby(++restart);
          this.cancelUntil(0);
          for (const v of this.targeted) this.phase[v] = this.target[v]!;
        }
        if (this.conflicts >= stopAt || ((this.conflicts & 63) === 0 && (performance.now() > deadline || stop?.()))) {
          this.cancelUntil(0);
          return SatAnswer.Unknown;
        }
        if (this.learnts.length >= nextReduce) {
          this.cancelUntil(0);
          this.reduce();
          nextReduce = this.learnts.length + 2_000 + 300 * ++reductions;
        }
        continue;
      }
      const lit = this.decide();
      if (lit < 0) {
        this.model = new Int8Array(this.vars);
        for (let v = 0; v < this.vars; v++) this.model[v] = this.value[v << 1] === 1 ? 1 : 0;
        this.cancelUntil(0);
        return SatAnswer.Satisfiable;
      }
      if ((++this.decisions & 1023) === 0 && (performance.now() > deadline || stop?.())) {
        this.cancelUntil(0);
        return SatAnswer.Unknown;
      }
      this.levelStart.push(this.trailSize);
      this.enqueue(lit, -1);
    }
  }

  /**
   * A theory's clause, false under the current assignment, as the conflict to learn from (its
   * reference). A clause that is a unit at the root is asserted there instead (-1); one false
   * at the root refutes the formula (REFUTED).
   */
  private theoryConflict(clause: readonly number[]): number {
    const { level } = this;
    const lits = clause.slice().sort((a, b) => level[b >> 1]! - level[a >> 1]!);
    if (lits.length === 0 || level[lits[0]! >> 1] === 0) return REFUTED;
    if (lits.length === 1 || level[lits[1]! >> 1] === 0) {
      this.cancelUntil(0);
      this.enqueue(lits[0]!, -1);
      return -1;
    }
    // Analysis starts from the level of the clause's latest literal.
    this.cancelUntil(level[lits[0]! >> 1]!);
    const ref = this.attach(lits);
    this.learnts.push(ref);
    this.lbdAt[ref] = this.distinctLevels(lits);
    return ref;
  }

  /** How many decision levels a clause's literals span: few means it links few decisions, worth keeping. */
  private distinctLevels(lits: readonly number[]): number {
    const stamp = ++this.lbdStamp;
    let distinct = 0;
    for (const l of lits) {
      const at = this.level[l >> 1]!;
      if (this.levelMark[at] !== stamp) {
        this.levelMark[at] = stamp;
        distinct++;
      }
    }
    return distinct;
  }

  /** A literal's value now: 1 true, -1 false, 0 unassigned. */
  valueOf(lit: number): number {
    return this.value[lit]!;
  }

  /** The i-th literal assigned, in order, of the trailLength assigned now. */
  trailAt(i: number): number {
    return this.trail[i]!;
  }

  get trailLength(): number {
    return this.trailSize;
  }

  /** v's value in the last model found. */
  modelValue(v: number): boolean {
    return this.model[v] === 1;
  }

  private better(x: number, y: number): boolean {
    const rank = this.rank;
    if (rank[x] !== rank[y]) return rank[x]! < rank[y]!;
    return this.activity[x]! > this.activity[y]!;
  }

  private insertHeap(v: number): void {
    this.heap[this.heapSize] = v;
    this.heapIndex[v] = this.heapSize;
    this.siftUp(this.heapSize++);
  }

  private popHeap(): number {
    const top = this.heap[0]!;
    this.heapIndex[top] = -1;
    const last = this.heap[--this.heapSize]!;
    if (this.heapSize > 0) {
      this.heap[0] = last;
      this.heapIndex[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const { heap, heapIndex } = this;
    const v = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.better(v, p)) break;
      heap[i] = p;
      heapIndex[p] = i;
      i = parent;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }

  private siftDown(i: number): void {
    const { heap, heapIndex } = this;
    const v = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.heapSize) break;
      if (child + 1 < this.heapSize && this.better(heap[child + 1]!, heap[child]!)) child++;
      const c = heap[child]!;
      if (!this.better(c, v)) break;
      heap[i] = c;
      heapIndex[c] = i;
      i = child;
    }
    heap[i] = v;
    heapIndex[v] = i;
  }
}

/** The Luby sequence 1 1 2 1 1 2 4 1 1 2 ...: restart lengths with a proven worst case. */
function luby(i: number): number {
  let size = 1;
  let seq = 0;
  while (size < i + 1) {
    seq++;
    size = 2 * size + 1;
  }
  let x = i;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    seq--;
    x = x % size;
  }
  return 2 ** seq;
}
