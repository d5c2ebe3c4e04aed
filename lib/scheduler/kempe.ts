import type { ScheduleState } from "./state";

/**
 * Kempe chains. Take the meetings held in slots a and b: each participant has at most one in
 * each, so through shared participants they form paths and cycles. Swapping a and b along one
 * of them moves several meetings at once and keeps every participant in one meeting per slot,
 * which single moves cannot do once participants are busy in most slots.
 */
export class KempeChains {
  /** The chain last built: meetings, in discovery order. */
  readonly chain: Int32Array;
  length = 0;
  private slotA = -1;
  private slotB = -1;
  private inA = 0;
  private excess = 0;
  private excessSlot = -1;
  private readonly destination: Int32Array;
  private readonly mark: Int32Array;
  private generation = 0;
  /** Some meetings must come before others: only then is a chain checked against them. */
  private readonly ordered: boolean;
  /** The slot each mover's meeting leaves. */
  private readonly moverFrom: Int32Array;
  /**
   * What swapping the chain last built would do, from `measure`: the change in total breaks
   * and in idle slots, and the participants whose day changes (the first `movers` of
   * `moverIds`) with their breaks after it.
   */
  breakChange = 0;
  idleChange = 0;
  movers = 0;
  readonly moverIds: Int32Array;
  readonly moverBreaks: Int32Array;

  constructor(
    private readonly state: ScheduleState,
    /** movable[m] = 1: the search may move m (not fixed, not frozen). */
    readonly movable: Uint8Array,
  ) {
    const { model } = state;
    this.chain = new Int32Array(model.meetings);
    this.destination = new Int32Array(model.meetings);
    this.mark = new Int32Array(model.meetings);
    this.moverIds = new Int32Array(model.participants);
    this.moverFrom = new Int32Array(model.participants);
    this.moverBreaks = new Int32Array(model.participants);
    this.ordered = model.before.some((list) => list.length > 0);
  }

  /**
   * Builds the chain through placed meeting `start` between its slot and `target`, and says
   * whether swapping it keeps every hard rule: movable meetings only, allowed slots, tables,
   * precedences. `limit` caps the chain's length (long chains disrupt too much to pay off).
   */
  build(start: number, target: number, limit = Infinity): boolean {
    const a = this.state.slotOf[start]!;
    const b = target;
    this.length = 0;
    this.movers = 0;
    this.inA = 0;
    this.excess = 0;
    if (a < 0 || a === b) return false;
    this.slotA = a;
    this.slotB = b;
    this.generation++;
    return this.grow(start, limit) && this.check();
  }

  /**
   * Adds to the chain last built the chain through `start`, a meeting in one of its two slots:
   * swapping both at once may fit the tables where either alone would not.
   */
  extend(start: number, limit = Infinity): boolean {
    const s = this.state.slotOf[start]!;
    if ((s !== this.slotA && s !== this.slotB) || this.mark[start] === this.generation) return false;
    if (this.grow(start, limit)) return this.check();
    this.excess = 0; // the chain is broken: nothing more can be added
    return false;
  }

  /** Slot short of tables after the swap (-1: none), and by how many meetings. */
  get overfull(): number {
    return this.excess > 0 ? this.excessSlot : -1;
  }

  private grow(start: number, limit: number): boolean {
    const { state, chain } = this;
    const { model } = state;
    const S = model.slots;
    const { slotA: a, slotB: b } = this;
    const gen = this.generation;
    this.mark[start] = gen;
    chain[this.length] = start;
    let length = this.length + 1;
    for (let i = this.length; i < length; i++) {
      const x = chain[i]!;
      if (this.movable[x] !== 1) return false;
      const from = state.slotOf[x]!;
      const to = from === a ? b : a;
      if (from === a) this.inA++;
      if (model.allowed[x * S + to] !== 1) return false;
      for (let side = 0; side < 2; side++) {
        const p = side === 0 ? model.sideA[x]! : model.sideB[x]!;
        const y = state.occupancy[p * S + to]!;
        if (y < 0) {
          // Free in the other slot: p's meeting moves there, and p's day changes. Whoever
          // meets in both has both in the chain, so the swap only trades them.
          this.moverIds[this.movers] = p;
          this.moverFrom[this.movers++] = from;
        } else if (this.mark[y] !== gen) {
          if (length >= limit) return false;
          this.mark[y] = gen;
          chain[length++] = y;
        }
      }
    }
    this.length = length;
    return true;
  }

  private check(): boolean {
    const { state, slotA: a, slotB: b } = this;
    const { model } = state;
    const inB = this.length - this.inA;
    const overA = state.load[a]! - this.inA + inB - model.capacity[a]!;
    const overB = state.load[b]! - inB + this.inA - model.capacity[b]!;
    this.excess = Math.max(overA, overB, 0);
    this.excessSlot = overA > 0 ? a : b;
    if (this.excess > 0) return false;
    return this.precedencesHold();
  }

  /** The slot y would hold after the swap. */
  private slotAfter(y: number): number {
    const s = this.state.slotOf[y]!;
    if (this.mark[y] !== this.generation) return s;
    return s === this.slotA ? this.slotB : this.slotA;
  }

  private precedencesHold(): boolean {
    if (!this.ordered) return true;
    const { model } = this.state;
    for (let i = 0; i < this.length; i++) {
      const x = this.chain[i]!;
      if (model.before[x]!.length === 0 && model.after[x]!.length === 0) continue;
      const t = this.slotAfter(x);
      for (const y of model.before[x]!) {
        const s = this.slotAfter(y);
        if (s >= 0 && s >= t) return false;
      }
      for (const y of model.after[x]!) {
        const s = this.slotAfter(y);
        if (s >= 0 && s <= t) return false;
      }
    }
    return true;
  }

  /**
   * Weighs the swap of the chain last built without making it (see breakChange): only the
   * participants it moves are measured, so a move the search turns down costs no more than
   * building its chain.
   */
  measure(): void {
    const { state, slotA: a, slotB: b } = this;
    let breaks = 0;
    let idle = 0;
    for (let i = 0; i < this.movers; i++) {
      const p = this.moverIds[i]!;
      const from = this.moverFrom[i]!;
      state.measureWith(p, from === a ? b : a, from);
      breaks += state.measuredBreaks - state.breaks[p]!;
      idle += state.measuredIdle - state.idle[p]!;
      this.moverBreaks[i] = state.measuredBreaks;
    }
    this.breakChange = breaks;
    this.idleChange = idle;
  }

  /** Swaps the chain last built. Applying it twice restores the schedule. */
  apply(): void {
    const { state, chain, destination, slotA: a, slotB: b } = this;
    for (let i = 0; i < this.length; i++) {
      const x = chain[i]!;
      destination[i] = state.slotOf[x] === a ? b : a;
      state.setSlot(x, -1);
    }
    for (let i = 0; i < this.length; i++) state.setSlot(chain[i]!, destination[i]!);
    for (let i = 0; i < this.movers; i++) state.refresh(this.moverIds[i]!);
  }
}
