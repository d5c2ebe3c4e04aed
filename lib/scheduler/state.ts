import type { Model } from "./model";

/**
 * The schedule being searched: each meeting's slot (-1 when unplaced), who is busy when, how
 * many tables each slot uses, and each participant's breaks, all kept in step.
 */
export class ScheduleState {
  readonly slotOf: Int32Array;
  /** occupancy[p * slots + t]: the meeting participant p has in slot t, or -1. */
  readonly occupancy: Int32Array;
  readonly load: Int32Array;
  readonly breaks: Int32Array;
  /** How many participants have b breaks: gives the fairness spread without a scan. */
  readonly breakCounts: Int32Array;
  /** The most breaks anyone has: the fairness figures look no higher. */
  private mostBreaks = 0;
  /** Idle slots between meetings (a break of three slots counts three): a finer guide than breaks. */
  readonly idle: Int32Array;
  totalBreaks = 0;
  totalIdle = 0;
  placedCount = 0;
  /**
   * Each participant's slots of each day as the bits of one integer (slot t is bit t minus the
   * day's first slot), so its breaks are counted in a few operations rather than a pass over
   * every slot: the search counts them for each participant each move touches. Null when a day
   * has more than 32 slots or its slots are not together; the pass is used then.
   */
  private readonly dayMask: Int32Array | null;
  private readonly slotBit: Int32Array;
  private readonly days: number;

  constructor(readonly model: Model) {
    const { day } = model;
    this.days = model.slots > 0 ? Math.max(...day) + 1 : 0;
    this.slotBit = new Int32Array(model.slots);
    let together = true;
    for (let t = 0, position = 0; t < model.slots; t++) {
      position = t > 0 && day[t - 1] === day[t] ? position + 1 : 0;
      // A day seen before, after another: its slots are not together.
      if (position === 0 && t > 0 && day.subarray(0, t).includes(day[t]!)) together = false;
      if (position >= 32) together = false;
      this.slotBit[t] = 1 << position;
    }
    this.dayMask = together ? new Int32Array(model.participants * this.days) : null;
    this.slotOf = new Int32Array(model.meetings).fill(-1);
    this.occupancy = new Int32Array(model.participants * model.slots).fill(-1);
    this.load = new Int32Array(model.slots);
    this.breaks = new Int32Array(model.participants);
    this.idle = new Int32Array(model.participants);
    this.breakCounts = new Int32Array(model.slots + 1);
    this.breakCounts[0] = model.participants;
  }

  isFree(p: number, t: number): boolean {
    return this.occupancy[p * this.model.slots + t]! < 0;
  }

  meetingAt(p: number, t: number): number {
    return this.occupancy[p * this.model.slots + t]!;
  }

  /** Every meeting that must come before m is earlier than t, every one after it later. */
  precedenceAllows(m: number, t: number): boolean {
    for (const y of this.model.before[m]!) {
      const s = this.slotOf[y]!;
      if (s >= 0 && s >= t) return false;
    }
    for (const y of this.model.after[m]!) {
      const s = this.slotOf[y]!;
      if (s >= 0 && s <= t) return false;
    }
    return true;
  }

  canPlace(m: number, t: number): boolean {
    const { model } = this;
    return (
      model.allowed[m * model.slots + t] === 1 &&
      this.load[t]! < model.capacity[t]! &&
      this.isFree(model.sideA[m]!, t) &&
      this.isFree(model.sideB[m]!, t) &&
      this.precedenceAllows(m, t)
    );
  }

  place(m: number, t: number): void {
    this.setSlot(m, t);
    this.refresh(this.model.sideA[m]!);
    this.refresh(this.model.sideB[m]!);
  }

  unplace(m: number): void {
    this.setSlot(m, -1);
    this.refresh(this.model.sideA[m]!);
    this.refresh(this.model.sideB[m]!);
  }

  /** Moves m without recounting breaks: callers moving many meetings refresh once after. */
  setSlot(m: number, t: number): void {
    const { model } = this;
    const S = model.slots;
    const old = this.slotOf[m]!;
    const a = model.sideA[m]!;
    const b = model.sideB[m]!;
    const masks = this.dayMask;
    const D = this.days;
    if (old >= 0) {
      this.occupancy[a * S + old] = -1;
      this.occupancy[b * S + old] = -1;
      if (masks) {
        masks[a * D + model.day[old]!]! &= ~this.slotBit[old]!;
        masks[b * D + model.day[old]!]! &= ~this.slotBit[old]!;
      }
      this.load[old]!--;
      this.placedCount--;
    }
    this.slotOf[m] = t;
    if (t >= 0) {
      this.occupancy[a * S + t] = m;
      this.occupancy[b * S + t] = m;
      if (masks) {
        masks[a * D + model.day[t]!]! |= this.slotBit[t]!;
        masks[b * D + model.day[t]!]! |= this.slotBit[t]!;
      }
      this.load[t]!++;
      this.placedCount++;
    }
  }

  /** Recounts participant p's breaks. */
  refresh(p: number): void {
    this.measureWith(p, -1);
    const next = this.measuredBreaks;
    const idle = this.measuredIdle;
    this.totalIdle += idle - this.idle[p]!;
    this.idle[p] = idle;
    const old = this.breaks[p]!;
    if (next === old) return;
    this.breaks[p] = next;
    this.totalBreaks += next - old;
    const counts = this.breakCounts;
    counts[old]!--;
    counts[next]!++;
    if (next > this.mostBreaks) this.mostBreaks = next;
    else while (this.mostBreaks > 0 && counts[this.mostBreaks] === 0) this.mostBreaks--;
  }

  /** Breaks participant p would have with one more meeting, in free slot t: nothing changes. */
  breaksWith(p: number, t: number): number {
    this.measureWith(p, t);
    return this.measuredBreaks;
  }

  /** Idle slots between meetings p would have with one more meeting in free slot t. */
  idleWith(p: number, t: number): number {
    this.measureWith(p, t);
    return this.measuredIdle;
  }

  /** What `measureWith` found. */
  measuredBreaks = 0;
  measuredIdle = 0;

  /**
   * Breaks and idle slots p would have with one more meeting in free slot t (none: -1) and,
   * given `without`, none in that slot, into measuredBreaks and measuredIdle.
   */
  measureWith(p: number, t: number, without = -1): void {
    const masks = this.dayMask;
    if (masks) {
      const { day } = this.model;
      const D = this.days;
      let breaks = 0;
      let idle = 0;
      for (let d = 0; d < D; d++) {
        let mask = masks[p * D + d]!;
        if (without >= 0 && day[without] === d) mask &= ~this.slotBit[without]!;
        if (t >= 0 && day[t] === d) mask |= this.slotBit[t]!;
        if (mask === 0) continue;
        // Runs of busy slots (a run starts where the slot before is free), and the span
        // from the first busy slot to the last.
        breaks += bitCount(mask & ~(mask << 1)) - 1;
        idle += 32 - Math.clz32(mask) - (31 - Math.clz32(mask & -mask)) - bitCount(mask);
      }
      this.measuredBreaks = breaks;
      this.measuredIdle = idle;
      return;
    }
    const S = this.model.slots;
    const { occupancy } = this;
    const day = this.model.day;
    const offset = p * S;
    let breaks = 0;
    let idle = 0;
    let last = -1;
    for (let u = 0; u < S; u++) {
      if (u !== t && (u === without || occupancy[offset + u]! < 0)) continue;
      if (last >= 0 && last < u - 1 && day[last] === day[u]) {
        breaks++;
        idle += u - last - 1;
      }
      last = u;
    }
    this.measuredBreaks = breaks;
    this.measuredIdle = idle;
  }

  /** The largest difference between two participants' breaks. */
  spread(): number {
    const counts = this.breakCounts;
    let min = 0;
    while (min < counts.length && counts[min] === 0) min++;
    const max = this.mostBreaks;
    return max >= min ? max - min : 0;
  }

  /**
   * Breaks above what fairness allows, summed over participants: with the fewest breaks at
   * `low`, each break beyond low + maxSpread. Zero exactly when the spread is within bounds;
   * unlike the spread, it falls with each participant brought back within them. `most`: the
   * highest count to look at, by default the most breaks anyone has.
   */
  unfairExcess(maxSpread: number, most = this.mostBreaks): number {
    const counts = this.breakCounts;
    let low = 0;
    while (low < most && counts[low] === 0) low++;
    let excess = 0;
    for (let b = low + maxSpread + 1; b <= most; b++) excess += counts[b]! * (b - low - maxSpread);
    return excess;
  }

  /** unfairExcess were the first `count` participants of `ids` to have `breaks` instead. */
  unfairExcessIf(ids: Int32Array, breaks: Int32Array, count: number, maxSpread: number): number {
    const counts = this.breakCounts;
    let most = this.mostBreaks;
    for (let i = 0; i < count; i++) {
      counts[this.breaks[ids[i]!]!]!--;
      counts[breaks[i]!]!++;
      if (breaks[i]! > most) most = breaks[i]!;
    }
    const excess = this.unfairExcess(maxSpread, most);
    for (let i = 0; i < count; i++) {
      counts[breaks[i]!]!--;
      counts[this.breaks[ids[i]!]!]!++;
    }
    return excess;
  }

  /** Replaces the whole schedule with `slots` (a saved copy of slotOf). */
  restore(slots: Int32Array): void {
    for (let m = 0; m < this.model.meetings; m++) if (this.slotOf[m]! >= 0) this.setSlot(m, -1);
    for (let m = 0; m < this.model.meetings; m++) if (slots[m]! >= 0) this.setSlot(m, slots[m]!);
    for (let p = 0; p < this.model.participants; p++) this.refresh(p);
  }
}

/** The number of bits set in x. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Every meeting that can be placed (those `movable` marks) is. */
export function allPlaced(state: ScheduleState, movable: Uint8Array): boolean {
  for (let m = 0; m < state.model.meetings; m++) if (movable[m] && state.slotOf[m]! < 0) return false;
  return true;
}

/** A run's measure of a schedule: its breaks, and an unfair one worse than any fair one near it. */
export function runScore(state: ScheduleState, maxSpread: number): number {
  return state.totalBreaks + 50 * state.unfairExcess(maxSpread);
}
