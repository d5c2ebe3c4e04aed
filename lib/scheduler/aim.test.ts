import { describe, expect, it } from "vitest";
import { aimFromBelow } from "./aim";
import { buildModel } from "./model";
import { createRandom } from "./random";
import { SharedBest } from "./shared-best";
import { ScheduleState } from "./state";
import { asResult, craftedForum, exhaustive, forum, meeting, randomForum, slots, unavoidableBreakForum } from "./testing";
import { validateSchedule } from "./validate";

const unlimited = { seed: 1, deadline: Infinity, maxSpread: 2, targetBreaks: 0 };

/** The helper's best as a schedule, checked against every rule. */
function offered(input: Parameters<typeof buildModel>[0], shared: SharedBest) {
  const model = buildModel(input);
  const state = new ScheduleState(model);
  state.restore(shared.best()!.slots);
  return { state, violations: validateSchedule(input, asResult(input, model, state), { maxBreakDifference: 2 }) };
}

describe("the exact search aimed from below", () => {
  it("refutes the bounds below an unavoidable break, then meets the optimum and settles", () => {
    const input = unavoidableBreakForum();
    const shared = SharedBest.create(2);
    aimFromBelow(input, unlimited, shared);
    expect(shared.lowerBound).toBe(1);
    expect(shared.bestScore).toBe(1);
    expect(shared.settled).toBe(true);
    expect(offered(input, shared).violations).toEqual([]);
  });

  it("agrees with an exhaustive search on small random forums, and proves what it offers", () => {
    let withBreaks = 0;
    for (let trial = 0; trial < 40; trial++) {
      const input = randomForum(createRandom(trial + 1));
      const model = buildModel(input);
      if (model.impossible.some((r) => r !== null)) continue;
      const { fewest } = exhaustive(model);
      if (fewest === Infinity) continue;
      const shared = SharedBest.create(model.meetings);
      aimFromBelow(input, { ...unlimited, seed: trial }, shared);
      expect(shared.bestScore, `trial ${trial}`).toBe(fewest);
      expect(shared.lowerBound, `trial ${trial}`).toBe(fewest);
      expect(shared.settled, `trial ${trial}`).toBe(true);
      const { state, violations } = offered(input, shared);
      expect(violations, `trial ${trial}`).toEqual([]);
      expect(state.totalBreaks, `trial ${trial}`).toBe(fewest);
      if (fewest > 0) withBreaks++;
    }
    expect(withBreaks).toBeGreaterThan(3); // some bounds had to be refuted on the way
  });

  it("with fixed meetings too: the optimum of the forum with every rule, proven", () => {
    const input = craftedForum();
    const { fewest } = exhaustive(buildModel(input));
    const shared = SharedBest.create(input.meetings.length);
    aimFromBelow(input, unlimited, shared);
    expect(shared.lowerBound).toBe(fewest);
    expect(shared.bestScore).toBe(fewest);
    const { state, violations } = offered(input, shared);
    expect(violations).toEqual([]);
    expect(state.slotOf[7]).toBe(4); // the fixed meeting
  });

  it("never claims a bound above the optimum when it passes bounds over unfinished", () => {
    let passedOver = 0;
    for (let trial = 0; trial < 4; trial++) {
      // Twelve companies, eight slots, three tables, twenty-four meetings: big enough that a
      // bound takes more than a few conflicts to settle.
      const random = createRandom(trial + 100);
      const people = Array.from({ length: 12 }, (_, i) => `p${i}`);
      const pairs = new Set<string>();
      const meetings = [];
      while (meetings.length < 24) {
        const a = random.int(12);
        const b = random.int(12);
        if (a === b || pairs.has(`${Math.min(a, b)}-${Math.max(a, b)}`)) continue;
        pairs.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
        meetings.push(meeting(`m${meetings.length}`, people[a]!, people[b]!));
      }
      const input = forum(people, slots(8, { tables: 3 }), meetings);
      const proven = SharedBest.create(24);
      aimFromBelow(input, { ...unlimited, seed: trial }, proven);
      expect(proven.lowerBound, `trial ${trial}`).toBe(proven.bestScore);
      const optimum = proven.bestScore;

      const hurried = SharedBest.create(24);
      // Two conflicts per bound: most searches end unfinished and the next bound is tried.
      aimFromBelow(input, { ...unlimited, seed: trial, conflictsPerBound: 2 }, hurried);
      expect(hurried.lowerBound, `trial ${trial}`).toBeLessThanOrEqual(optimum);
      if (hurried.best()) {
        expect(hurried.bestScore, `trial ${trial}`).toBeGreaterThanOrEqual(optimum);
        expect(offered(input, hurried).violations, `trial ${trial}`).toEqual([]);
      }
      if (hurried.lowerBound < optimum) passedOver++;
    }
    expect(passedOver).toBeGreaterThan(0); // some bounds were indeed passed over
  });

  it("does nothing once the run is settled, and leaves a forum with published meetings to the run", () => {
    const input = forum(["a", "b", "c"], slots(6, { tables: 1 }), [meeting("ab", "a", "b"), meeting("ac", "a", "c")]);
    const settled = SharedBest.create(2);
    settled.settle();
    aimFromBelow(input, unlimited, settled);
    expect(settled.best()).toBeNull();

    const published = { ...input, meetings: [meeting("ab", "a", "b", { published: { slotId: "d1-1" } }), meeting("ac", "a", "c")] };
    const shared = SharedBest.create(2);
    aimFromBelow(published, unlimited, shared);
    expect(shared.best()).toBeNull();
    expect(shared.settled).toBe(false);
  });
});

describe("SharedBest", () => {
  it("keeps the better schedule and the higher bound, with the time it was found", () => {
    const shared = SharedBest.create(3);
    expect(shared.best()).toBeNull();
    expect(shared.bestScore).toBe(Infinity);
    const before = performance.timeOrigin + performance.now();
    shared.offer(Int32Array.of(0, 1, 2), 4);
    shared.offer(Int32Array.of(2, 1, 0), 5); // worse: ignored
    const best = shared.best()!;
    expect(Array.from(best.slots)).toEqual([0, 1, 2]);
    expect(best.score).toBe(4);
    expect(best.foundAt).toBeGreaterThanOrEqual(before);
    shared.raiseLowerBound(2);
    shared.raiseLowerBound(1);
    expect(shared.lowerBound).toBe(2);
    // Another view of the same memory, as the other thread has it.
    const other = new SharedBest(shared.buffer);
    expect(other.bestScore).toBe(4);
    expect(other.lowerBound).toBe(2);
  });
});
