import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dznToInput, parseDzn } from "./dzn";
import { ExactBreakSearch, minimiseBreaksExactly } from "./exact";
import { improveBreaks } from "./improve";
import { buildModel, type Model } from "./model";
import { placeMeetings } from "./place";
import { createRandom } from "./random";
import { ScheduleState } from "./state";
import { assignTables } from "./tables";
import { forum, meeting, slots } from "./testing";
import type { SchedulerInput } from "./types";
import { validateSchedule } from "./validate";

const unlimited = { deadline: Infinity, maxSpread: 2, targetBreaks: 0 };

/** The schedule in `state` as the engine returns it, for validateSchedule. */
function asResult(input: SchedulerInput, model: Model, state: ScheduleState) {
  const tables = assignTables(model, state.slotOf);
  const placed = [];
  const unplaced = [];
  for (let m = 0; m < model.meetings; m++) {
    const t = state.slotOf[m]!;
    if (t >= 0) placed.push({ meetingId: input.meetings[m]!.id, slotId: input.slots[t]!.id, tableId: tables[m]! });
    else unplaced.push({ meetingId: input.meetings[m]!.id, reason: { kind: "noTableLeft" as const } });
  }
  return { placed, unplaced };
}

/** Every way to place every meeting by the rules: the fewest breaks of a fair one, and the most of any. */
function exhaustive(model: Model): { fewest: number; most: Int32Array } {
  const state = new ScheduleState(model);
  let fewest = Infinity;
  let mostBreaks = -1;
  let most = new Int32Array(0);
  const visit = (m: number) => {
    if (m === model.meetings) {
      if (state.unfairExcess(2) === 0) fewest = Math.min(fewest, state.totalBreaks);
      if (state.totalBreaks > mostBreaks) {
        mostBreaks = state.totalBreaks;
        most = Int32Array.from(state.slotOf);
      }
      return;
    }
    for (const t of model.domain[m]!) {
      if (!state.canPlace(m, t)) continue;
      state.place(m, t);
      visit(m + 1);
      state.unplace(m);
    }
  };
  visit(0);
  return { fewest, most };
}

describe("exact break minimisation", () => {
  it("finds the fewest breaks from the worst schedule, under every rule, and knows it is the fewest", () => {
    // Two tables; a morning of three slots and an afternoon of three; c away in slot 2; ce
    // only in the afternoon; bd after ab; ef fixed in the fifth slot.
    const base = forum(["a", "b", "c", "d", "e", "f"], slots(6, { tables: 2, morning: 3 }), [
      meeting("ab", "a", "b"),
      meeting("ac", "a", "c"),
      meeting("ad", "a", "d"),
      meeting("bc", "b", "c"),
      meeting("bd", "b", "d", { afterMeetingIds: ["ab"] }),
      meeting("ce", "c", "e", { period: "afternoon" }),
      meeting("de", "d", "e"),
      meeting("ef", "e", "f", { fixed: { slotId: "d1-5" } }),
    ]);
    const input = { ...base, participants: base.participants.map((p) => (p.id === "c" ? { id: "c", unavailableSlotIds: ["d1-2"] } : p)) };
    const model = buildModel(input);
    const { fewest, most } = exhaustive(model);
    const state = new ScheduleState(model);
    state.restore(most);
    const movable = Uint8Array.from({ length: model.meetings }, (_, m) => (model.fixedSlot[m]! < 0 ? 1 : 0));
    expect(state.totalBreaks).toBeGreaterThan(fewest);

    const result = minimiseBreaksExactly(state, movable, unlimited);
    expect(result).toMatchObject({ improved: true, optimal: true });
    expect(state.totalBreaks).toBe(fewest);
    expect(state.slotOf[7]).toBe(4); // the fixed meeting stayed
    expect(validateSchedule(input, asResult(input, model, state), { maxBreakDifference: 2 })).toEqual([]);
  });

  it("proves a break that cannot be avoided, and leaves the schedule as it was", () => {
    // a is away in the middle slot and meets both others: one break, whatever is done.
    const base = forum(["a", "b", "c"], slots(3), [meeting("ab", "a", "b"), meeting("ac", "a", "c")]);
    const input = { ...base, participants: [{ id: "a", unavailableSlotIds: ["d1-2"] }, { id: "b" }, { id: "c" }] };
    const model = buildModel(input);
    const state = new ScheduleState(model);
    state.place(0, 0);
    state.place(1, 2);
    const result = minimiseBreaksExactly(state, Uint8Array.of(1, 1), unlimited);
    expect(result).toMatchObject({ improved: false, optimal: true });
    expect(Array.from(state.slotOf)).toEqual([0, 2]);
  });

  it("remembers the best it found: a later, worse schedule gets nothing it cannot beat", () => {
    // a's two meetings in slots 1 and 5 of six, one table each.
    const input = forum(["a", "b", "c"], slots(6, { tables: 1 }), [meeting("ab", "a", "b"), meeting("ac", "a", "c")]);
    const model = buildModel(input);
    const first = new ScheduleState(model);
    first.place(0, 0);
    first.place(1, 4);
    const search = new ExactBreakSearch(first, Uint8Array.of(1, 1), 2);
    expect(search.improve(first, unlimited)).toMatchObject({ improved: true, optimal: true });
    expect(first.totalBreaks).toBe(0);

    const second = new ScheduleState(model);
    second.place(0, 1);
    second.place(1, 5);
    expect(search.improve(second, unlimited)).toMatchObject({ improved: false, optimal: true, conflicts: 0 });
    expect(Array.from(second.slotOf)).toEqual([1, 5]);
  });

  it("agrees with an exhaustive search on small random forums: two days, tight tables, absences, periods, precedences", () => {
    let improved = 0;
    for (let trial = 0; trial < 60; trial++) {
      const random = createRandom(trial + 1);
      const people = ["a", "b", "c", "d", "e"];
      const perDay = 3 + random.int(3);
      const days = 1 + random.int(2);
      const slotList = Array.from({ length: days }, (_, d) => slots(perDay, { tables: 1 + random.int(2), day: `d${d + 1}`, morning: 2 })).flat();
      const meetings = [];
      const pairs = new Set<string>();
      const count = 4 + random.int(3);
      while (meetings.length < count) {
        const a = random.int(people.length);
        const b = random.int(people.length);
        if (a === b || pairs.has(`${Math.min(a, b)} ${Math.max(a, b)}`)) continue;
        pairs.add(`${Math.min(a, b)} ${Math.max(a, b)}`);
        const extra: Partial<SchedulerInput["meetings"][number]> = {};
        if (random.next() < 0.15) extra.period = random.next() < 0.5 ? "morning" : "afternoon";
        if (meetings.length > 0 && random.next() < 0.15) extra.afterMeetingIds = [meetings[random.int(meetings.length)]!.id];
        meetings.push(meeting(`m${meetings.length}`, people[a]!, people[b]!, extra));
      }
      const input = {
        ...forum(people, slotList, meetings),
        participants: people.map((id) => ({ id, unavailableSlotIds: random.next() < 0.3 ? [slotList[random.int(slotList.length)]!.id] : [] })),
      };
      const model = buildModel(input);
      if (model.impossible.some((r) => r !== null)) continue;
      const { fewest, most } = exhaustive(model);
      if (most.length === 0 || fewest === Infinity) continue;
      const state = new ScheduleState(model);
      state.restore(most);
      const movable = new Uint8Array(model.meetings).fill(1);
      const result = minimiseBreaksExactly(state, movable, unlimited);
      expect(result.optimal, `trial ${trial}`).toBe(true);
      expect(state.totalBreaks, `trial ${trial}`).toBe(fewest);
      expect(validateSchedule(input, asResult(input, model, state), { maxBreakDifference: 2 }), `trial ${trial}`).toEqual([]);
      if (result.improved) improved++;
    }
    expect(improved).toBeGreaterThan(10); // the worst schedules had something to improve
  });

  const file = path.join(process.cwd(), "..", "shared", "bench", "b2b-jair", "tic-12.original.dzn");
  it.skipIf(!existsSync(file))("reaches tic-12's proven optimum, no break, from a schedule with many (skipped without ../shared/bench)", () => {
    const input = dznToInput(parseDzn(readFileSync(file, "utf8")));
    const model = buildModel(input);
    const state = new ScheduleState(model);
    // The engine's placement alone: every meeting, and plenty of breaks.
    const movable = new Uint8Array(model.meetings).fill(1);
    placeMeetings(state, movable, createRandom(1), { deadline: Infinity, maxSteps: 100_000, upperBound: model.meetings, stallSteps: 10_000 });
    expect(state.placedCount).toBe(model.meetings);
    expect(state.totalBreaks).toBeGreaterThan(5);
    const result = minimiseBreaksExactly(state, movable, { ...unlimited, conflictBudget: 200_000 });
    expect(result.improved).toBe(true);
    expect(state.totalBreaks).toBe(0);
    expect(validateSchedule(input, asResult(input, model, state), { maxBreakDifference: 2 })).toEqual([]);
  });

  const forum13 = path.join(process.cwd(), "..", "shared", "bench", "b2b-jair", "forum-13.original.dzn");
  it.skipIf(!existsSync(forum13))("takes forum-13 to its proven optimum, no break, where the annealing stalls (skipped without ../shared/bench)", () => {
    const input = dznToInput(parseDzn(readFileSync(forum13, "utf8")));
    const model = buildModel(input);
    const state = new ScheduleState(model);
    const movable = new Uint8Array(model.meetings).fill(1);
    const random = createRandom(1);
    placeMeetings(state, movable, random, { deadline: Infinity, maxSteps: 200_000, upperBound: model.meetings, stallSteps: 20_000 });
    improveBreaks(state, movable, random, { deadline: Infinity, maxIterations: 300_000, maxSpread: 2, targetBreaks: 0, stallCycles: 3 });
    expect(state.totalBreaks).toBeGreaterThan(0);
    const result = minimiseBreaksExactly(state, movable, { ...unlimited, conflictBudget: 100_000 });
    expect(result).toMatchObject({ improved: true, optimal: true });
    expect(state.totalBreaks).toBe(0);
    expect(validateSchedule(input, asResult(input, model, state), { maxBreakDifference: 2 })).toEqual([]);
  });
});
