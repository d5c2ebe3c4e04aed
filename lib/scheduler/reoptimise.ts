import { assignMinCost } from "./assignment";
import { KempeChains } from "./kempe";
import type { ScheduleState } from "./state";

/**
 * Exact re-optimisation of one participant's day. Its movable meetings that day are taken
 * out and put back by an optimal assignment into a window of consecutive slots (no break, or
 * one or two idle slots), each meeting's cost being what it does to everyone else. A partner
 * busy in the wanted slot hands it over through a Kempe chain between that slot and the one
 * our meeting leaves. Whole blocks thus shift at once, which single moves reach only through
 * worse schedules.
 */
export class ParticipantReoptimiser {
  /** Moves since `run` began: meeting, old slot, meeting, old slot, ... */
  private readonly changes: number[] = [];
  private readonly chains: KempeChains;
  /** The meetings it may move: movable, and tied to no other by a precedence. */
  private readonly free: Uint8Array;

  constructor(
    private readonly state: ScheduleState,
    movable: Uint8Array,
    /** Weight of an idle slot, as in the annealing cost. */
    private readonly idleWeight: number,
  ) {
    this.chains = new KempeChains(state, movable);
    const { model } = state;
    this.free = movable.map((v, m) => (v === 1 && model.before[m]!.length === 0 && model.after[m]!.length === 0 ? 1 : 0));
  }

  private movable(m: number): boolean {
    return this.free[m] === 1;
  }

  /** Breaks and idle of everyone but p. */
  private othersCost(p: number): number {
    const { state } = this;
    return state.totalBreaks - state.breaks[p]! + this.idleWeight * (state.totalIdle - state.idle[p]!);
  }

  private move(m: number, t: number): void {
    this.changes.push(m, this.state.slotOf[m]!);
    this.state.place(m, t);
  }

  /** Builds the chain that frees slot t for partner u's meeting y towards slot o; none through p. */
  private chainFrees(y: number, o: number, p: number): boolean {
    const { chains, state } = this;
    if (!chains.build(y, o)) return false;
    for (let j = 0; j < chains.length; j++) {
      const x = chains.chain[j]!;
      if (state.model.sideA[x] === p || state.model.sideB[x] === p) return false;
    }
    return true;
  }

  private applyChain(): void {
    const { chains } = this;
    for (let j = 0; j < chains.length; j++) this.changes.push(chains.chain[j]!, this.state.slotOf[chains.chain[j]!]!);
    chains.apply();
  }

  /**
   * Re-optimises participant p's meetings on the day of slot `daySlot` and applies the best
   * rearrangement found (true), or changes nothing (false). The caller judges the result with
   * its own cost and calls `undo` to reject it.
   */
  run(p: number, daySlot: number): boolean {
    const { state } = this;
    const { model } = state;
    const S = model.slots;
    const day = model.day[daySlot]!;
    let first = daySlot;
    while (first > 0 && model.day[first - 1] === day) first--;
    let end = daySlot;
    while (end < S - 1 && model.day[end + 1] === day) end++;
    const width = end - first + 1;

    const meetings: number[] = [];
    const pinned = new Uint8Array(width); // p's slots held by meetings that cannot move
    for (let t = first; t <= end; t++) {
      const m = state.occupancy[p * S + t]!;
      if (m < 0) continue;
      if (this.movable(m)) meetings.push(m);
      else pinned[t - first] = 1;
    }
    const k = meetings.length;
    if (k < 2) return false;
    const oldSlot = meetings.map((m) => state.slotOf[m]!);
    this.changes.length = 0;
    for (const m of meetings) {
      this.changes.push(m, state.slotOf[m]!);
      state.unplace(m);
    }

    // optionCost[i * width + c]: what meeting i in slot first + c costs the others.
    const optionCost = new Float64Array(k * width).fill(Infinity);
    const baseline = this.othersCost(p);
    for (let i = 0; i < k; i++) {
      const m = meetings[i]!;
      const u = model.sideA[m] === p ? model.sideB[m]! : model.sideA[m]!;
      for (let t = first; t <= end; t++) {
        if (model.allowed[m * S + t] !== 1 || pinned[t - first]) continue;
        const y = state.occupancy[u * S + t]!;
        const chained = y >= 0 && this.movable(y) && this.chainFrees(y, oldSlot[i]!, p);
        if (y >= 0 && !chained) continue;
        if (chained) this.chains.apply();
        if (state.canPlace(m, t)) {
          state.place(m, t);
          optionCost[i * width + t - first] = this.othersCost(p) - baseline;
          state.unplace(m);
        }
        if (chained) this.chains.apply();
      }
    }

    const bestSlots = bestArrangement(optionCost, pinned, k, this.idleWeight);
    if (bestSlots === null) {
      this.undo();
      return false;
    }

    // Apply in turn, each partner handing its slot over as it did when costed, if it still can.
    for (let i = 0; i < k; i++) {
      const m = meetings[i]!;
      const t = first + bestSlots[i]!;
      const u = model.sideA[m] === p ? model.sideB[m]! : model.sideA[m]!;
      const y = state.occupancy[u * S + t]!;
      if (y >= 0) {
        if (!this.movable(y) || !this.chainFrees(y, oldSlot[i]!, p)) return this.fail();
        this.applyChain();
      }
      if (!state.canPlace(m, t)) return this.fail();
      this.move(m, t);
    }
    return true;
  }

  private fail(): false {
    this.undo();
    return false;
  }

  /** Rejects the last rearrangement: every moved meeting goes back where it was. */
  undo(): void {
    const { changes, state } = this;
    const { model } = state;
    // Clear first, then restore: a meeting's old cell may still hold one not yet restored.
    const original = new Map<number, number>();
    for (let i = 0; i < changes.length; i += 2) if (!original.has(changes[i]!)) original.set(changes[i]!, changes[i + 1]!);
    for (const m of original.keys()) state.setSlot(m, -1);
    for (const [m, t] of original) if (t >= 0) state.setSlot(m, t);
    changes.length = 0;
    for (const m of original.keys()) {
      state.refresh(model.sideA[m]!);
      state.refresh(model.sideB[m]!);
    }
  }
}

/**
 * The cheapest arrangement of a participant's k meetings in a window of consecutive slots of
 * one day (width slots): `optionCost[i * width + c]` is what meeting i in slot c costs everyone
 * else (Infinity: not possible), `pinned[c]` marks slots held by meetings that stay. Windows of
 * n, n + 1 and n + 2 slots (n: the meetings and the pinned ones) that take in every pinned slot,
 * each idle slot inside costing one break and its idle weight. Each meeting's slot, or null.
 */
export function bestArrangement(optionCost: Float64Array, pinned: Uint8Array, k: number, idleWeight: number): number[] | null {
  const width = pinned.length;
  let pinnedCount = 0;
  for (let c = 0; c < width; c++) pinnedCount += pinned[c]!;
  const n = k + pinnedCount;
  let bestCost = Infinity;
  let bestSlots: number[] | null = null;
  for (let length = n; length <= n + 2 && length <= width; length++) {
    for (let start = 0; start + length <= width; start++) {
      let covers = true;
      for (let c = 0; c < width && covers; c++) if (pinned[c] && (c < start || c >= start + length)) covers = false;
      if (!covers) continue;
      const columns: number[] = [];
      for (let c = start; c < start + length; c++) if (!pinned[c]) columns.push(c);
      const idleCost = (length - n) * (idleWeight + 1);
      // Each meeting at its cheapest slot of the window: no assignment costs less, so a window
      // that cannot beat the best even so is not solved. (Summed over all of them: a meeting
      // may cost less than nothing, as it frees others.)
      let floor = idleCost;
      for (let i = 0; i < k; i++) {
        let cheapest = Infinity;
        for (const c of columns) cheapest = Math.min(cheapest, optionCost[i * width + c]!);
        floor += cheapest;
      }
      if (floor >= bestCost) continue;
      const cost = new Float64Array(k * columns.length);
      for (let i = 0; i < k; i++) columns.forEach((c, j) => (cost[i * columns.length + j] = optionCost[i * width + c]!));
      const assignment = assignMinCost(cost, k, columns.length);
      if (!assignment) continue;
      let total = idleCost;
      for (let i = 0; i < k; i++) total += cost[i * columns.length + assignment[i]!]!;
      if (total < bestCost) {
        bestCost = total;
        bestSlots = Array.from(assignment, (j) => columns[j]!);
      }
    }
  }
  return bestSlots;
}
