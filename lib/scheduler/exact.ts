import { negative, positive, SatAnswer, SatSolver } from "./sat";
import { SlotMatching } from "./slot-matching";
import type { ScheduleState } from "./state";

/**
 * The exact search is for forums of a few hundred meetings: beyond this many meeting-slot
 * pairs its formula takes longer to build than it can pay back within a run.
 */
export const EXACT_MAX_CELLS = 20_000;

/** The meeting-slot pairs the exact search would weigh for the meetings `mask` marks. */
export function exactCells(state: ScheduleState, mask: Uint8Array): number {
  let cells = 0;
  for (let m = 0; m < state.model.meetings; m++) if (mask[m]) cells += state.model.domain[m]!.length;
  return cells;
}

export interface ExactLimits {
  deadline: number;
  /** Stop once the total breaks reach this. */
  targetBreaks: number;
  /** Give up after this many conflicts (default: none). */
  conflictBudget?: number;
  /** Checked with the clock: true when the search should end now. */
  stop?: () => boolean;
}

export interface ExactResult {
  /** The schedule got better: fewer breaks, or fair where it was not. */
  improved: boolean;
  /**
   * No schedule of these placed meetings has fewer breaks than the best this search has been
   * shown or has found (this one's, when it is the best): nothing more to look for.
   */
  optimal: boolean;
  conflicts: number;
  /** performance.now() when the last better schedule was found. */
  bestAt: number;
}

/**
 * Exact break minimisation by satisfiability: the placed meetings that may move are
 * re-scheduled from scratch under every hard rule, with "at most K breaks in all, at most
 * maxSpread per participant" (the fairness bound, as someone has none when K is below the
 * number of participants), K one below the best schedule's. Each schedule found lowers K,
 * until none is (the best is optimal), the target is met, or the budget runs out. The solver
 * keeps coming back to the schedule it is given, so it searches around it; and it keeps what
 * it learnt from one call to the next, so calls between annealing runs add up.
 *
 * Variables: x(m, t) meeting m in slot t; busy(p, t); later(p, t), p meets in t or after it
 * that day, and started(p, t), in t or before it; gap(p, t), a break of p starts at t; broken(p),
 * p has a break. A break starts at t when p meets in t - 1, not in t, and later that day: those
 * force gap(p, t), and the gaps are counted. The rest is implied but is what makes the search
 * fast: without a break, p meets in every slot between its first and last, within as many
 * slots as it has meetings; at most two participants per table meet in a slot; at most K
 * participants have a break. Beside the clauses, the slots' matching (slot-matching.ts) sees
 * when the participants busy in a slot cannot pair up at its tables. With it, the solver
 * decides every variable, who is busy when as much as where meetings go: a forum of 70
 * companies (ticf-13crafc) then gets its schedule with a single break in 0.5 to 1.9 s, where
 * deciding only the meetings took 3.6 to 13 s, and without the matching it was not found.
 */
export class ExactBreakSearch {
  private solver = new SatSolver();
  /** Who can meet whom in each slot (slot-matching.ts), reasoned beside the clauses. */
  private matching: SlotMatching | null = null;
  private withMatching: boolean;
  /** The variables of where meetings go; the rest follow from them. */
  private primary = new Uint8Array(0);
  /** The formula before any bound, for aiming at a bound above one already tried (see aim). */
  private pristine: SatSolver | null = null;
  /** The meetings that move, and their x variables by slot (-1 where not allowed). */
  private readonly meetings: number[] = [];
  private readonly x: Int32Array;
  private readonly pinned: Int32Array;
  private readonly gaps: number[] = [];
  /** Per participant with a possible break: it has one (some gap of its own). */
  private readonly broken: number[] = [];
  private brokenTotal = -1;
  /** The constraint on the count of breaks, once there is one, and its bound. */
  private total = -1;
  private bound = Infinity;
  /** Nothing better than the bound exists. */
  private exhausted = false;
  /** The schedule it was built from broke its own formula: a defect, so it stays out of the way. */
  private unusable = false;

  /**
   * Encodes the schedule's placed meetings: those `movable` marks may go to any slot they are
   * allowed, the others stay where they are.
   */
  constructor(
    state: ScheduleState,
    private readonly movable: Uint8Array,
    private readonly maxSpread: number,
    options: { reaimable?: boolean; matching?: boolean } = {},
  ) {
    this.withMatching = options.matching ?? false;
    this.pinned = Int32Array.from(state.slotOf);
    this.x = new Int32Array(state.model.meetings * state.model.slots).fill(-1);
    if (!this.encode(state)) this.unusable = true;
    else {
      if (options.reaimable) this.pristine = this.solver.clone();
      this.decideAsConfigured(this.solver);
    }
  }

  /**
   * With the slots' matching, the solver decides every variable, restarting every 100
   * conflicts; without it, only where meetings go, every 50. Measured on the benchmark's
   * forums each way: with the matching, deciding only the meetings is slower on both kinds of
   * forum, and without it deciding everything loses forums with no break at all.
   */
  private decideAsConfigured(solver: SatSolver): void {
    if (this.withMatching) {
      solver.theory = this.matching;
      solver.restartUnit = 100;
      return;
    }
    solver.theory = null;
    solver.restartUnit = 50;
    for (let v = 0; v < solver.variableCount; v++) if (!this.primary[v]) solver.setDependent(v);
  }

  /** Whether the slots' matching has found a conflict the clauses had not. */
  get matchingMattered(): boolean {
    return (this.matching?.conflicts ?? 0) > 0;
  }

  /**
   * Goes on without the slots' matching: where it never bites, it costs a third of the
   * search's time and leads it elsewhere. On a forum of 302 meetings whose lower bounds fell
   * without it, the schedule at the optimum came in 0.7 to 1.3 s without, 1.1 to 3.4 s with.
   */
  dropMatching(): void {
    if (!this.withMatching) return;
    this.withMatching = false;
    this.decideAsConfigured(this.solver);
  }

  private encode(state: ScheduleState): boolean {
    const { model } = state;
    const S = model.slots;
    const P = model.participants;
    const { solver, x, movable } = this;
    const TRUE = solver.newVariable();
    const primary: number[] = [];
    if (!solver.addClause([positive(TRUE)])) return false;
    const ok = (clause: number[]) => solver.addClause(clause);

    // Meetings that stay put occupy their participants and a table.
    const pinnedBusy = new Uint8Array(P * S);
    const freeTables = Int32Array.from(model.capacity);
    for (let m = 0; m < model.meetings; m++) {
      const t = state.slotOf[m]!;
      if (t < 0) continue;
      if (movable[m]) {
        this.meetings.push(m);
        continue;
      }
      pinnedBusy[model.sideA[m]! * S + t] = 1;
      pinnedBusy[model.sideB[m]! * S + t] = 1;
      freeTables[t]!--;
    }

    const inSlot: number[][] = Array.from({ length: P * S }, () => []); // x literals per participant and slot
    const perSlot: number[][] = Array.from({ length: S }, () => []);
    for (const m of this.meetings) {
      const a = model.sideA[m]!;
      const b = model.sideB[m]!;
      const options: number[] = [];
      for (const t of model.domain[m]!) {
        if (pinnedBusy[a * S + t] || pinnedBusy[b * S + t] || freeTables[t]! <= 0 || !pinnedOrderAllows(state, movable, m, t)) continue;
        const v = solver.newVariable();
        primary.push(v);
        x[m * S + t] = v;
        solver.boost(v, 1);
        options.push(positive(v));
        inSlot[a * S + t]!.push(positive(v));
        inSlot[b * S + t]!.push(positive(v));
        perSlot[t]!.push(positive(v));
      }
      if (!ok(options) || !atMost(solver, options, 1)) return false;
    }
    // Precedences between two meetings that both move.
    for (const m of this.meetings) {
      for (const y of model.before[m]!) {
        if (!movable[y] || state.slotOf[y]! < 0) continue;
        for (let t = 0; t < S; t++) {
          if (x[m * S + t]! < 0) continue;
          for (let u = t; u < S; u++) if (x[y * S + u]! >= 0 && !ok([negative(x[m * S + t]!), negative(x[y * S + u]!)])) return false;
        }
      }
    }
    for (let t = 0; t < S; t++) if (perSlot[t]!.length > freeTables[t]! && !atMost(solver, perSlot[t]!, freeTables[t]!)) return false;

    const TRUE_LIT = positive(TRUE);
    // Who meets in each slot, by participant: at most two per table, which says at once what
    // the meetings' count says only once they are chosen (participants whose day is forced
    // by the rest crowd a slot before any of their meetings is placed).
    const busyIn: number[][] = Array.from({ length: S }, () => []);
    // The literal true when p meets in t, for the slots' matching; -1 where it cannot or stays put.
    const indicator = new Int32Array(P * S).fill(-1);
    for (let p = 0; p < P; p++) {
      let count = 0;
      for (const m of model.meetingsOf[p]!) if (state.slotOf[m]! >= 0) count++;
      if (count < 2) {
        for (let t = 0; t < S; t++) {
          busyIn[t]!.push(...inSlot[p * S + t]!);
          if (inSlot[p * S + t]!.length === 1) indicator[p * S + t] = inSlot[p * S + t]![0]!;
        }
        continue;
      }
      const busy = new Int32Array(S).fill(-1); // literal; -1 never
      for (let t = 0; t < S; t++) {
        if (pinnedBusy[p * S + t]) busy[t] = TRUE_LIT;
        else if (inSlot[p * S + t]!.length > 0) {
          const lits = inSlot[p * S + t]!;
          if (!atMost(solver, lits, 1)) return false;
          const v = solver.newVariable();
          busy[t] = positive(v);
          busyIn[t]!.push(positive(v));
          indicator[p * S + t] = positive(v);
          if (!ok([negative(v), ...lits])) return false;
          for (const l of lits) if (!ok([l ^ 1, positive(v)])) return false;
        }
      }
      // Implied, but it is what lets the solver see a day's shape early: p meets in exactly as
      // many slots as it has meetings.
      const slotsOfP: number[] = [];
      for (let t = 0; t < S; t++) if (busy[t]! >= 0 && busy[t] !== TRUE_LIT) slotsOfP.push(busy[t]!);
      let pinnedCount = 0;
      for (let t = 0; t < S; t++) if (busy[t] === TRUE_LIT) pinnedCount++;
      const moving = count - pinnedCount;
      if (!atMost(solver, slotsOfP, moving) || !atMost(solver, slotsOfP.map((l) => l ^ 1), slotsOfP.length - moving)) return false;

      // later[t]: p meets at t or after it that day; started[t]: at t or before it. -1: never.
      const later = new Int32Array(S).fill(-1);
      const started = new Int32Array(S).fill(-1);
      const chain = (order: number[], out: Int32Array): boolean => {
        let previous = -1;
        for (const t of order) {
          if (previous >= 0 && model.day[previous] !== model.day[t]) previous = -1;
          const carried = previous >= 0 ? out[previous]! : -1;
          previous = t;
          if (busy[t] === TRUE_LIT || carried === TRUE_LIT) out[t] = TRUE_LIT;
          else if (busy[t]! < 0) out[t] = carried;
          else {
            const v = positive(solver.newVariable());
            if (!ok([busy[t]! ^ 1, v]) || (carried >= 0 && !ok([carried ^ 1, v]))) return false;
            out[t] = v;
          }
        }
        return true;
      };
      const forward = Array.from({ length: S }, (_, t) => t);
      if (!chain(forward.slice().reverse(), later) || !chain(forward, started)) return false;
      // Each meeting of p is held somewhere among its options: p meets at its first option or
      // after, at its last or before.
      for (const m of model.meetingsOf[p]!) {
        if (!movable[m] || state.slotOf[m]! < 0) continue;
        let first = -1;
        let last = -1;
        for (let t = 0; t < S; t++) {
          if (x[m * S + t]! < 0) continue;
          if (first < 0) first = t;
          last = t;
        }
        if (first < 0 || model.day[first] !== model.day[last]) continue;
        if (!ok([later[first]!]) || !ok([started[last]!])) return false;
      }

      const own: number[] = [];
      for (let t = 1; t < S - 1; t++) {
        // A break starts at t: met in t - 1, free in t, meets later today.
        if (model.day[t - 1] !== model.day[t] || model.day[t + 1] !== model.day[t]) continue;
        if (later[t + 1]! < 0 || busy[t - 1]! < 0 || busy[t] === TRUE_LIT) continue;
        const g = solver.newVariable();
        const clause = [busy[t - 1]! ^ 1, later[t + 1]! ^ 1, positive(g)];
        if (busy[t]! >= 0) clause.push(busy[t]!);
        if (!ok(clause)) return false;
        own.push(positive(g));
        this.gaps.push(positive(g));
      }
      if (own.length > this.maxSpread && !atMost(solver, own, this.maxSpread)) return false;
      if (own.length === 0) continue;
      // p has a break exactly when one of its gaps opens. Without one, p meets in every slot
      // between its first and its last of the day, and those are at most `count` apart: said
      // outright, these let the solver see a day's shape before its meetings are placed.
      const h = positive(solver.newVariable());
      this.broken.push(h);
      if (!ok([h ^ 1, ...own])) return false;
      for (const g of own) if (!ok([g ^ 1, h])) return false;
      for (let t = 1; t < S - 1; t++) {
        if (model.day[t - 1] !== model.day[t] || model.day[t + 1] !== model.day[t]) continue;
        if (started[t - 1]! < 0 || later[t + 1]! < 0 || busy[t] === TRUE_LIT) continue;
        const clause = [started[t - 1]! ^ 1, later[t + 1]! ^ 1, h];
        if (busy[t]! >= 0) clause.push(busy[t]!);
        if (!ok(clause)) return false;
      }
      // Without a break, p's day fits in `count` slots: met by t, p is done before t + count.
      // Said of started and later rather than of two busy slots, it holds as soon as p's first
      // meeting is known to be by t (a morning meeting, say), before it is placed: at a forum
      // of 70 companies this took the conflicts to its optimum from 229,000 to 147,000 over
      // 20 placements, and it is a clause per slot where the pairs of slots took one per pair.
      for (let t = 0; t + count < S; t++) {
        const u = t + count;
        if (model.day[u] !== model.day[t] || started[t]! < 0 || later[u]! < 0) continue;
        if (!ok([started[t]! ^ 1, later[u]! ^ 1, h])) return false;
      }
    }
    for (let t = 0; t < S; t++) if (busyIn[t]!.length > 2 * freeTables[t]! && !atMost(solver, busyIn[t]!, 2 * freeTables[t]!)) return false;
    this.primary = new Uint8Array(solver.variableCount);
    for (const v of primary) this.primary[v] = 1;
    if (this.withMatching) this.matching = new SlotMatching(model, this.meetings, x, indicator, freeTables, solver.variableCount);
    return true;
  }

  /** The schedule has the placed meetings this search was built for, those that stay where they were. */
  private matches(state: ScheduleState): boolean {
    for (let m = 0; m < state.model.meetings; m++) {
      const now = state.slotOf[m]!;
      const then = this.pinned[m]!;
      if ((now < 0) !== (then < 0) || (!this.movable[m] && now !== then)) return false;
    }
    return true;
  }

  /** At most `bound` breaks from now on; false when that is impossible. */
  private lower(bound: number): boolean {
    if (bound >= this.bound) return true;
    this.bound = bound;
    // Each participant with a break has at least one: at most `bound` of them too.
    if (this.brokenTotal >= 0) {
      if (!this.solver.tightenAtMost(this.brokenTotal, bound)) return false;
    } else if (this.broken.length > bound) {
      const id = this.solver.addAtMost(this.broken, bound);
      if (id === null) return false;
      this.brokenTotal = id;
    }
    if (this.total >= 0) return this.solver.tightenAtMost(this.total, bound);
    const id = this.solver.addAtMost(this.gaps, bound);
    if (id === null) return false;
    this.total = id;
    return true;
  }

  /**
   * Looks straight for a schedule with at most `bound` breaks, into `state`: from a schedule far
   * above the optimum, aiming at a low bound finds one sooner than stepping down one at a time.
   * Built `reaimable`, a search can aim above a bound it has tried (starting afresh from the
   * formula, without what it learnt); otherwise it answers Unknown to that.
   */
  aim(state: ScheduleState, bound: number, limits: Omit<ExactLimits, "targetBreaks">): SatAnswer {
    const S = state.model.slots;
    if (this.unusable || !this.matches(state)) return SatAnswer.Unknown;
    if (this.exhausted || bound > this.bound) {
      // Only a search that kept its formula as encoded can loosen its bound.
      if (!this.pristine) return SatAnswer.Unknown;
      this.solver = this.pristine.clone();
      this.matching?.reset();
      this.decideAsConfigured(this.solver);
      this.bound = Infinity;
      this.total = -1;
      this.brokenTotal = -1;
      this.exhausted = false;
    }
    if (!this.lower(bound)) {
      this.exhausted = true;
      return SatAnswer.Unsatisfiable;
    }
    for (const m of this.meetings) for (let t = 0; t < S; t++) if (this.x[m * S + t]! >= 0) this.solver.setTarget(this.x[m * S + t]!, state.slotOf[m] === t);
    const answer = this.solver.solve(limits.deadline, limits.conflictBudget ?? Infinity, limits.stop);
    if (answer === SatAnswer.Unsatisfiable) this.exhausted = true;
    if (answer !== SatAnswer.Satisfiable) return answer;
    const best = Int32Array.from(state.slotOf);
    for (const m of this.meetings) for (let t = 0; t < S; t++) if (this.x[m * S + t]! >= 0 && this.solver.modelValue(this.x[m * S + t]!)) best[m] = t;
    state.restore(best);
    return answer;
  }

  /** Looks for a schedule with fewer breaks than `state` (and than any before), into `state`. */
  improve(state: ScheduleState, limits: ExactLimits): ExactResult {
    const { model } = state;
    const S = model.slots;
    const result: ExactResult = { improved: false, optimal: this.exhausted, conflicts: 0, bestAt: performance.now() };
    if (this.unusable || this.exhausted || !this.matches(state)) return result;
    const fair = state.unfairExcess(this.maxSpread) === 0;
    // Unfair, any fair schedule is better; fair, one with fewer breaks. Below P breaks, someone has none.
    let wanted = Math.min(fair ? state.totalBreaks - 1 : state.totalBreaks, model.participants - 1);
    const before = this.solver.conflicts;
    const best = Int32Array.from(state.slotOf);
    while (wanted >= limits.targetBreaks) {
      if (!this.lower(wanted)) {
        this.exhausted = true;
        break;
      }
      // Around this schedule: each meeting tried first where it is.
      for (const m of this.meetings) for (let t = 0; t < S; t++) if (this.x[m * S + t]! >= 0) this.solver.setTarget(this.x[m * S + t]!, best[m] === t);
      const answer = this.solver.solve(limits.deadline, (limits.conflictBudget ?? Infinity) - (this.solver.conflicts - before), limits.stop);
      if (answer === SatAnswer.Unsatisfiable) {
        this.exhausted = true;
        break;
      }
      if (answer === SatAnswer.Unknown) break;
      for (const m of this.meetings) for (let t = 0; t < S; t++) if (this.x[m * S + t]! >= 0 && this.solver.modelValue(this.x[m * S + t]!)) best[m] = t;
      state.restore(best);
      result.improved = true;
      result.bestAt = performance.now();
      wanted = state.totalBreaks - 1;
      if (wanted < 0) this.exhausted = true; // no break at all
    }
    result.optimal = this.exhausted;
    result.conflicts = this.solver.conflicts - before;
    return result;
  }
}

/** One exact search from `state`'s schedule (see ExactBreakSearch). */
export function minimiseBreaksExactly(state: ScheduleState, movable: Uint8Array, limits: ExactLimits & { maxSpread: number }): ExactResult {
  return new ExactBreakSearch(state, movable, limits.maxSpread).improve(state, limits);
}

/** Slot t keeps m in order with the meetings it must follow or precede that do not move. */
function pinnedOrderAllows(state: ScheduleState, movable: Uint8Array, m: number, t: number): boolean {
  const { model } = state;
  for (const y of model.before[m]!) if (!movable[y] && state.slotOf[y]! >= 0 && state.slotOf[y]! >= t) return false;
  for (const y of model.after[m]!) if (!movable[y] && state.slotOf[y]! >= 0 && state.slotOf[y]! <= t) return false;
  return true;
}

/** At most k of `lits`: pairwise when there are few, else natively. */
function atMost(solver: SatSolver, lits: readonly number[], k: number): boolean {
  if (lits.length <= k) return true;
  if (k === 1 && lits.length <= 4) {
    for (let i = 0; i < lits.length; i++) for (let j = i + 1; j < lits.length; j++) if (!solver.addClause([lits[i]! ^ 1, lits[j]! ^ 1])) return false;
    return true;
  }
  return solver.addAtMost(lits, k) !== null;
}
