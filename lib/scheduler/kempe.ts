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
  private readonly destination: Int32Array;
  private readonly mark: Int32Array;
  private generation = 0;
  private readonly participantMark: Int32Array;
  private participantGeneration = 0;
  private readonly touched: Int32Array;

  constructor(
    private readonly state: ScheduleState,
    /** movable[m] = 1: the search may move m (not fixed, not frozen). */
    readonly movable: Uint8Array,
  ) {
    const { model } = state;
    this.chain = new Int32Array(model.meetings);
    this.destination = new Int32Array(model.meetings);
    this.mark = new Int32Array(model.meetings);
    this.participantMark = new Int32Array(model.participants);
    this.touched = new Int32Array(model.participants);
  }

  /**
   * Builds the chain through placed meeting `start` between its slot and `target`, and says
   * whether swapping it keeps every hard rule: movable meetings only, allowed slots, tables,
   * precedences. `limit` caps the chain's length (long chains disrupt too much to pay off).
   */
  build(start: number, target: number, limit = Infinity): boolean {
    const { state, chain } = this;
    const { model } = state;
    const S = model.slots;
    const a = state.slotOf[start]!;
    const b = target;
    if (a < 0 || a === b) return false;
    this.slotA = a;
    this.slotB = b;
    const gen = ++this.generation;
    this.mark[start] = gen;
    chain[0] = start;
    let length = 1;
    let inA = 0;
    for (let i = 0; i < length; i++) {
      const x = chain[i]!;
      if (this.movable[x] !== 1) return false;
      const from = state.slotOf[x]!;
      const to = from === a ? b : a;
      if (from === a) inA++;
      if (model.allowed[x * S + to] !== 1) return false;
      for (let side = 0; side < 2; side++) {
        const p = side === 0 ? model.sideA[x]! : model.sideB[x]!;
        const y = state.occupancy[p * S + to]!;
        if (y >= 0 && this.mark[y] !== gen) {
          if (length >= limit) return false;
          this.mark[y] = gen;
          chain[length++] = y;
        }
      }
    }
    this.length = length;
    const inB = length - inA;
    if (state.load[a]! - inA + inB > model.capacity[a]!) return false;
    if (state.load[b]! - inB + inA > model.capacity[b]!) return false;
    return this.precedencesHold();
  }

  /** The slot y would hold after the swap. */
  private slotAfter(y: number): number {
    const s = this.state.slotOf[y]!;
    if (this.mark[y] !== this.generation) return s;
    return s === this.slotA ? this.slotB : this.slotA;
  }

  private precedencesHold(): boolean {
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

  /** Swaps the chain last built. Applying it twice restores the schedule. */
  apply(): void {
    const { state, chain, destination, slotA: a, slotB: b } = this;
    const { model } = state;
    for (let i = 0; i < this.length; i++) {
      const x = chain[i]!;
      destination[i] = state.slotOf[x] === a ? b : a;
      state.setSlot(x, -1);
    }
    const gen = ++this.participantGeneration;
    let touched = 0;
    for (let i = 0; i < this.length; i++) {
      const x = chain[i]!;
      state.setSlot(x, destination[i]!);
      for (let side = 0; side < 2; side++) {
        const p = side === 0 ? model.sideA[x]! : model.sideB[x]!;
        if (this.participantMark[p] === gen) continue;
        this.participantMark[p] = gen;
        this.touched[touched++] = p;
      }
    }
    for (let i = 0; i < touched; i++) state.refresh(this.touched[i]!);
  }
}
