/** No schedule offered yet. */
const NONE = 0x7fffffff;
const VERSION = 0;
const SCORE = 1;
const LOWER_BOUND = 2;
const SETTLED = 3;
const HEADER = 4;

export interface SharedSchedule {
  slots: Int32Array;
  score: number;
  /** When it was found, in milliseconds since the epoch (threads have their own performance clocks). */
  foundAt: number;
}

/**
 * What a helper thread's search shares with the run it helps, in shared memory, so the run
 * reads it without waiting for a message: the best schedule the helper found, the lower bound
 * it proved on the breaks, and whether either side is done. Only the helper writes the
 * schedule; a version counter (odd while it writes) lets the reader take a consistent copy.
 * Every access is atomic, so no processor may reorder the copy around the version's checks.
 */
export class SharedBest {
  private readonly header: Int32Array;
  /** Microseconds since the epoch. */
  private readonly found: BigInt64Array;
  private readonly slots: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.found = new BigInt64Array(buffer, 0, 1);
    this.header = new Int32Array(buffer, 8, HEADER);
    this.slots = new Int32Array(buffer, 8 + 4 * HEADER);
  }

  static create(meetings: number): SharedBest {
    const shared = new SharedBest(new SharedArrayBuffer(8 + 4 * (HEADER + meetings)));
    Atomics.store(shared.header, SCORE, NONE);
    return shared;
  }

  /** The helper: a schedule of every placeable meeting, kept if it scores better than the last. */
  offer(slots: Int32Array, score: number): void {
    if (score >= Atomics.load(this.header, SCORE)) return;
    Atomics.add(this.header, VERSION, 1);
    for (let m = 0; m < slots.length; m++) Atomics.store(this.slots, m, slots[m]!);
    Atomics.store(this.found, 0, BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)));
    Atomics.store(this.header, SCORE, score);
    Atomics.add(this.header, VERSION, 1);
  }

  /** The best schedule offered, or null. */
  best(): SharedSchedule | null {
    for (;;) {
      const before = Atomics.load(this.header, VERSION);
      if (before & 1) continue;
      const score = Atomics.load(this.header, SCORE);
      if (score === NONE) return null;
      const slots = new Int32Array(this.slots.length);
      for (let m = 0; m < slots.length; m++) slots[m] = Atomics.load(this.slots, m);
      const foundAt = Number(Atomics.load(this.found, 0)) / 1000;
      if (Atomics.load(this.header, VERSION) === before) return { slots, score, foundAt };
    }
  }

  get bestScore(): number {
    const score = Atomics.load(this.header, SCORE);
    return score === NONE ? Infinity : score;
  }

  /** No schedule has fewer breaks than this. */
  get lowerBound(): number {
    return Atomics.load(this.header, LOWER_BOUND);
  }

  raiseLowerBound(bound: number): void {
    for (;;) {
      const now = Atomics.load(this.header, LOWER_BOUND);
      if (bound <= now || Atomics.compareExchange(this.header, LOWER_BOUND, now, bound) === now) return;
    }
  }

  /** Either side is done: the other need look no further. */
  get settled(): boolean {
    return Atomics.load(this.header, SETTLED) === 1;
  }

  settle(): void {
    Atomics.store(this.header, SETTLED, 1);
  }
}
