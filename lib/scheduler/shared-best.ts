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
 * it proved on the breaks, and whether nothing better can exist. Only the helper writes the
 * schedule; a version counter (odd while it writes) lets the reader take a consistent copy.
 */
export class SharedBest {
  private readonly header: Int32Array;
  private readonly slots: Int32Array;
  private readonly found: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.found = new Float64Array(buffer, 0, 1);
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
    this.slots.set(slots);
    this.found[0] = performance.timeOrigin + performance.now();
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
      const copy = { slots: Int32Array.from(this.slots), score, foundAt: this.found[0]! };
      if (Atomics.load(this.header, VERSION) === before) return copy;
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
