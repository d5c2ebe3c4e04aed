import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ExactBreakSearch } from "./exact";
import { buildModel } from "./model";
import type { HelperData } from "./parallel";
import { scheduleWithHelper } from "./parallel";
import { placeMeetings } from "./place";
import { createRandom } from "./random";
import { SatAnswer } from "./sat";
import { schedule } from "./schedule";
import { SharedBest } from "./shared-best";
import { ScheduleState } from "./state";
import { craftedForum, exhaustive, noonForum, slotsOf, unavoidableBreakForum } from "./testing";
import { validateSchedule } from "./validate";

const oneBreak = unavoidableBreakForum();
const crafted = craftedForum();

/** The breaks of a schedule given as slot indexes. */
function breaksOf(model: ReturnType<typeof buildModel>, slotsByMeeting: Int32Array): number {
  const state = new ScheduleState(model);
  state.restore(slotsByMeeting);
  return state.totalBreaks;
}

describe("the helper thread", () => {
  it("starts from the engine's source, proves the bound and offers the optimum in shared memory", async () => {
    const shared = SharedBest.create(oneBreak.meetings.length);
    const data: HelperData = {
      input: oneBreak,
      seed: 1,
      deadlineAt: Date.now() + 30_000,
      maxSpread: 2,
      targetBreaks: 0,
      buffer: shared.buffer,
    };
    const worker = new Worker(new URL("./helper.cjs", import.meta.url), { workerData: data, execArgv: [] });
    const [code] = await once(worker, "exit");
    expect(code).toBe(0);
    expect(shared.lowerBound).toBe(1);
    expect(shared.bestScore).toBe(1);
    expect(shared.settled).toBe(true);
  });

  it("with the run: a valid schedule, proven to have the fewest breaks", () => {
    const result = scheduleWithHelper(oneBreak, { timeLimitMs: 3_000 });
    expect(validateSchedule(oneBreak, result, { maxBreakDifference: 2 })).toEqual([]);
    expect(result.stats.totalBreaks).toBe(1);
    expect(result.stats.fewestBreaksProven).toBe(true);
  });
});

describe("a run beside a helper", () => {
  it("stops at the helper's proven bound, where alone it could not know to", () => {
    // Under a second the run has no exact search of its own: alone, it searches to the end.
    const alone = schedule(oneBreak, { timeLimitMs: 600 });
    expect(alone.stats.totalBreaks).toBe(1);
    expect(alone.stats.fewestBreaksProven).toBe(false);
    expect(alone.stats.runTimeMs).toBeGreaterThanOrEqual(590);

    const helper = SharedBest.create(2);
    helper.raiseLowerBound(1);
    const helped = schedule(oneBreak, { timeLimitMs: 600, helper });
    expect(helped.stats.totalBreaks).toBe(1);
    expect(helped.stats.fewestBreaksProven).toBe(true);
    expect(helped.stats.runTimeMs).toBeLessThan(500);
  });

  it("aims at the bound from its own schedule, and proves the bounds below it for the helper too", () => {
    // Twelve companies crowding a noon; their fewest breaks, from the exact search aimed from below.
    const input = noonForum(createRandom(8));
    const model = buildModel(input);
    const movable = new Uint8Array(model.meetings).fill(1);
    const state = new ScheduleState(model);
    placeMeetings(state, movable, createRandom(7), { deadline: Infinity, maxSteps: 100_000, upperBound: model.meetings, stallSteps: 10_000 });
    const search = new ExactBreakSearch(state, movable, 2, { reaimable: true });
    let fewest = 0;
    while (search.aim(state, fewest, { deadline: Infinity }) !== SatAnswer.Satisfiable) fewest++;
    expect(fewest).toBeGreaterThan(1);

    // A helper that has proven nothing yet: the run refutes each bound below the optimum and says so.
    const helper = SharedBest.create(model.meetings);
    const result = schedule(input, { timeLimitMs: 3_000, helper });
    expect(result.stats.totalBreaks).toBe(fewest);
    expect(helper.lowerBound).toBe(fewest);
    expect(result.stats.fewestBreaksProven).toBe(true);
    expect(result.stats.runTimeMs).toBeLessThan(2_000); // it ends there, not at its limit
    expect(validateSchedule(input, result, { maxBreakDifference: 2 })).toEqual([]);
  });

  it("takes the helper's schedule when it is better, and ends when the helper settles", () => {
    const model = buildModel(crafted);
    const { fewest, fewestAt } = exhaustive(model);
    // The optimum, as a helper would offer it, with its proof; then the helper settles.
    const helper = SharedBest.create(model.meetings);
    helper.offer(fewestAt, fewest);
    helper.raiseLowerBound(fewest);
    helper.settle();
    // Settled before it starts, the run keeps its bare placement, which has more breaks.
    const bare = schedule(crafted, { timeLimitMs: 2_000, iterationLimit: 0 });
    expect(bare.stats.totalBreaks).toBeGreaterThan(fewest);
    const helped = schedule(crafted, { timeLimitMs: 2_000, helper });
    expect(helped.stats.totalBreaks).toBe(fewest);
    expect(slotsOf(helped)).toEqual(Object.fromEntries(crafted.meetings.map((m, i) => [m.id, crafted.slots[fewestAt[i]!]!.id])));
    expect(helped.stats.fewestBreaksProven).toBe(true);
    expect(helped.stats.runTimeMs).toBeLessThan(1_000);
    expect(validateSchedule(crafted, helped, { maxBreakDifference: 2 })).toEqual([]);
  });

  it("leaves out a shared schedule that does not score what was offered", () => {
    const model = buildModel(crafted);
    const { fewest, most } = exhaustive(model);
    const helper = SharedBest.create(model.meetings);
    helper.offer(most, fewest); // the worst schedule, said to be the best
    helper.settle();
    const result = schedule(crafted, { timeLimitMs: 2_000, helper });
    const offeredSlots = Object.fromEntries(crafted.meetings.map((m, i) => [m.id, crafted.slots[most[i]!]!.id]));
    expect(slotsOf(result)).not.toEqual(offeredSlots);
    expect(result.stats.totalBreaks).toBeLessThan(breaksOf(model, most));
    expect(validateSchedule(crafted, result, { maxBreakDifference: 2 })).toEqual([]);
  });
});
