import { describe, expect, it } from "vitest";
import { breaksOfSlots } from "./breaks";
import { buildModel } from "./model";
import { createRandom } from "./random";
import { ScheduleState } from "./state";
import { forum, meeting, slots } from "./testing";
import type { SchedulerSlot } from "./types";

/** Idle slots between meetings, per day, counted from the slot indices. */
function idleOfSlots(slotIndices: number[], day: ArrayLike<number>): number {
  const sorted = [...slotIndices].sort((x, y) => x - y);
  let idle = 0;
  for (let i = 1; i < sorted.length; i++) if (day[sorted[i - 1]!] === day[sorted[i]!]) idle += sorted[i]! - sorted[i - 1]! - 1;
  return idle;
}

/** Breaks beyond the fewest anyone has plus `spread`, summed, from each participant's count. */
function excessOf(breaks: ArrayLike<number>, spread: number): number {
  const list = Array.from(breaks);
  const low = Math.min(...list);
  return list.reduce((sum, b) => sum + Math.max(0, b - low - spread), 0);
}

/**
 * Random placements, removals and moves on a forum of six companies, every figure checked
 * against a count from scratch after each (breaks, idle slots, fairness), and each "what if"
 * measure against the move made.
 */
function checkAgainstScratch(slotList: SchedulerSlot[], seed: number) {
  const random = createRandom(seed);
  const people = ["a", "b", "c", "d", "e", "f"];
  const meetings = [];
  for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) meetings.push(meeting(`${i}-${j}`, people[i]!, people[j]!));
  const model = buildModel(forum(people, slotList, meetings));
  const state = new ScheduleState(model);
  const S = model.slots;
  const slotsOf = (p: number, change: { add?: number; remove?: number } = {}) => {
    const busy: number[] = [];
    for (let t = 0; t < S; t++) if ((state.meetingAt(p, t) >= 0 && t !== change.remove) || t === change.add) busy.push(t);
    return busy;
  };
  for (let step = 0; step < 400; step++) {
    const m = random.int(model.meetings);
    const t = random.int(S);
    const p = model.sideA[m]!;
    if (state.isFree(p, t)) {
      // What p would have with m moved to t, before it is.
      const from = state.slotOf[m]!;
      state.measureWith(p, t, from);
      const expected = slotsOf(p, { add: t, remove: from });
      expect(state.measuredBreaks).toBe(breaksOfSlots(expected, model.day));
      expect(state.measuredIdle).toBe(idleOfSlots(expected, model.day));
      const after = Int32Array.from(state.breaks);
      after[p] = state.measuredBreaks;
      expect(state.unfairExcessIf(Int32Array.of(p), Int32Array.of(state.measuredBreaks), 1, 0)).toBe(excessOf(after, 0));
    }
    if (state.slotOf[m]! >= 0 && random.next() < 0.3) state.unplace(m);
    else if (state.canPlace(m, t)) {
      if (state.slotOf[m]! >= 0) state.unplace(m);
      state.place(m, t);
    }
    let total = 0;
    for (let q = 0; q < model.participants; q++) {
      expect(state.breaks[q]).toBe(breaksOfSlots(slotsOf(q), model.day));
      expect(state.idle[q]).toBe(idleOfSlots(slotsOf(q), model.day));
      total += state.breaks[q]!;
    }
    expect(state.totalBreaks).toBe(total);
    expect(state.unfairExcess(0)).toBe(excessOf(state.breaks, 0));
    expect(state.spread()).toBe(Math.max(...state.breaks) - Math.min(...state.breaks));
  }
  expect(state.placedCount).toBeGreaterThan(3);
}

describe("the schedule's figures", () => {
  it("keeps breaks and idle slots in step, over two days of 16 slots", () => {
    for (let seed = 1; seed <= 5; seed++) checkAgainstScratch([...slots(16, { day: "d1" }), ...slots(16, { day: "d2" })], seed);
  });

  it("over a day of 32 slots, the most counted in one integer", () => {
    for (let seed = 1; seed <= 5; seed++) checkAgainstScratch(slots(32), seed);
  });

  it("over a day of 33 slots, counted slot by slot", () => {
    for (let seed = 1; seed <= 5; seed++) checkAgainstScratch([...slots(3, { day: "d0" }), ...slots(33, { day: "d1" })], seed);
  });
});
