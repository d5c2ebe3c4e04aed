import { describe, expect, it } from "vitest";
import { schedule, validateSchedule, type SchedulerInput } from "./index";
import { forum, meeting, slots, slotsOf } from "./testing";

const quick = { timeLimitMs: 3_000, iterationLimit: 20_000 };

function valid(input: SchedulerInput, result: ReturnType<typeof schedule>, maxBreakDifference?: number) {
  expect(validateSchedule(input, result, { maxBreakDifference })).toEqual([]);
}

describe("schedule", () => {
  it("places every meeting of a small forum with no break", () => {
    const input = forum(["a", "b", "c", "d"], slots(4), [
      meeting("ab", "a", "b"),
      meeting("ac", "a", "c"),
      meeting("ad", "a", "d"),
      meeting("bc", "b", "c"),
      meeting("bd", "b", "d"),
      meeting("cd", "c", "d"),
    ]);
    const result = schedule(input, quick);
    valid(input, result, 2);
    expect(result.stats).toMatchObject({ placed: 6, unplaced: 0, totalBreaks: 0 });
  });

  it("never uses a participant's unavailable slots", () => {
    const input = forum(["a", "b", "c"], slots(4), [meeting("ab", "a", "b"), meeting("ac", "a", "c"), meeting("bc", "b", "c")]);
    const withHoles = { ...input, participants: [{ id: "a", unavailableSlotIds: ["d1-1", "d1-2"] }, { id: "b" }, { id: "c", unavailableSlotIds: ["d1-4"] }] };
    const result = schedule(withHoles, quick);
    valid(withHoles, result);
    const at = slotsOf(result);
    expect(["d1-3", "d1-4"]).toContain(at.ab);
    expect(at.ac).toBe("d1-3");
  });

  it("leaves fixed meetings exactly where they are, table included", () => {
    const input = forum(["a", "b", "c"], slots(3, { tables: 2 }), [
      meeting("ab", "a", "b", { fixed: { slotId: "d1-3", tableId: "T2" } }),
      meeting("ac", "a", "c"),
      meeting("bc", "b", "c"),
    ]);
    const result = schedule(input, quick);
    valid(input, result);
    expect(result.placed).toContainEqual({ meetingId: "ab", slotId: "d1-3", tableId: "T2" });
  });

  it("reports a fixed meeting it cannot honour instead of moving it", () => {
    const input = forum(["a", "b", "c"], slots(2), [
      meeting("ab", "a", "b", { fixed: { slotId: "d1-1" } }),
      meeting("ac", "a", "c", { fixed: { slotId: "d1-1" } }),
    ]);
    const result = schedule(input, quick);
    valid(input, result);
    expect(result.unplaced).toEqual([{ meetingId: "ac", reason: { kind: "fixedConflict", detail: "participantBusy" } }]);
  });

  it("keeps morning meetings in the morning and afternoon ones in the afternoon", () => {
    const input = forum(["a", "b", "c"], slots(4, { morning: 2 }), [
      meeting("ab", "a", "b", { period: "afternoon" }),
      meeting("ac", "a", "c", { period: "morning" }),
      meeting("bc", "b", "c", { period: "afternoon" }),
    ]);
    const result = schedule(input, quick);
    valid(input, result);
    const at = slotsOf(result);
    expect(["d1-3", "d1-4"]).toContain(at.ab);
    expect(["d1-1", "d1-2"]).toContain(at.ac);
  });

  it("puts a meeting after the ones it must follow", () => {
    const input = forum(["a", "b", "c"], slots(3), [
      meeting("third", "a", "b", { afterMeetingIds: ["second"] }),
      meeting("second", "a", "c", { afterMeetingIds: ["first"] }),
      meeting("first", "b", "c"),
    ]);
    const result = schedule(input, quick);
    valid(input, result);
    expect(slotsOf(result)).toEqual({ first: "d1-1", second: "d1-2", third: "d1-3" });
  });

  it("never seats more meetings in a slot than it has open tables", () => {
    const input = forum(["a", "b", "c", "d", "e", "f"], slots(2, { tables: 1 }), [
      meeting("ab", "a", "b"),
      meeting("cd", "c", "d"),
      meeting("ef", "e", "f"),
    ]);
    const result = schedule(input, quick);
    valid(input, result);
    expect(result.stats.placed).toBe(2);
    expect(result.unplaced).toEqual([{ meetingId: expect.any(String), reason: { kind: "noTableLeft" } }]);
  });

  it("places higher priorities first when not everything fits, and says why the rest is left out", () => {
    // a can meet in two slots but has three requests; only the top two fit.
    const input = forum(["a", "b", "c", "d"], slots(2), [
      meeting("low", "a", "b", { priority: 0 }),
      meeting("high", "a", "c", { priority: 5 }),
      meeting("mid", "a", "d", { priority: 3 }),
    ]);
    const result = schedule(input, quick);
    valid(input, result);
    expect(Object.keys(slotsOf(result)).sort()).toEqual(["high", "mid"]);
    expect(result.unplaced).toEqual([{ meetingId: "low", reason: { kind: "participantFull", participantId: "a" } }]);
  });

  it("gives the other reasons: unavailable, no common slot, no common free slot", () => {
    const input: SchedulerInput = {
      participants: [{ id: "a", unavailableSlotIds: ["d1-1", "d1-2"] }, { id: "b", unavailableSlotIds: ["d1-1"] }, { id: "c", unavailableSlotIds: ["d1-2"] }, { id: "d" }, { id: "e" }],
      slots: slots(2),
      meetings: [
        meeting("never", "a", "d"),
        meeting("apart", "b", "c"),
        meeting("bd", "b", "d", { priority: 2 }),
        meeting("ce", "c", "e", { priority: 2 }),
        meeting("de", "d", "e", { priority: 2 }),
        meeting("crossed", "d", "e", { priority: 0, id: "crossed" }),
      ],
    };
    const result = schedule(input, quick);
    valid(input, result);
    const reasons = Object.fromEntries(result.unplaced.map((u) => [u.meetingId, u.reason]));
    expect(reasons.never).toEqual({ kind: "participantUnavailable", participantId: "a" });
    expect(reasons.apart).toEqual({ kind: "noCommonSlot" });
    expect(reasons.crossed).toEqual({ kind: "participantFull", participantId: "d" });
  });

  it("counts breaks within a day, never across the night", () => {
    // a meets b at the end of day 1 and c at the start of day 2: no break.
    const input: SchedulerInput = {
      participants: [{ id: "a" }, { id: "b", unavailableSlotIds: ["d1-1", "d2-1", "d2-2"] }, { id: "c", unavailableSlotIds: ["d1-1", "d1-2", "d2-2"] }],
      slots: [...slots(2, { day: "d1" }), ...slots(2, { day: "d2" })],
      meetings: [meeting("ab", "a", "b"), meeting("ac", "a", "c")],
    };
    const result = schedule(input, quick);
    valid(input, result);
    expect(slotsOf(result)).toEqual({ ab: "d1-2", ac: "d2-1" });
    expect(result.stats.totalBreaks).toBe(0);
    expect(result.stats.breaksByParticipant).toEqual({ a: 0, b: 0, c: 0 });
  });

  it("closes avoidable breaks", () => {
    // Four meetings of a in six slots: the search packs them together.
    const input = forum(["a", "b", "c", "d", "e"], slots(6), [
      meeting("ab", "a", "b"),
      meeting("ac", "a", "c"),
      meeting("ad", "a", "d"),
      meeting("ae", "a", "e"),
      meeting("bc", "b", "c"),
      meeting("de", "d", "e"),
    ]);
    const result = schedule(input, { ...quick, seed: 7 });
    valid(input, result, 2);
    expect(result.stats.totalBreaks).toBe(0);
  });

  it("keeps the difference between two participants' breaks within the bound", () => {
    // A forum where unavailable slots in mid-day force breaks: they are spread, not piled up.
    const ids = Array.from({ length: 16 }, (_, i) => `p${i}`);
    const meetings = ids.flatMap((a, i) => [1, 2, 5].map((d) => meeting(`${a}-${(i + d) % 16}`, a, ids[(i + d) % 16]!)));
    const input: SchedulerInput = {
      participants: ids.map((id, i) => ({ id, unavailableSlotIds: [`d1-${2 + (i % 5)}`, `d1-${4 + (i % 3)}`] })),
      slots: slots(9, { tables: 8 }),
      meetings,
    };
    for (const seed of [1, 2, 3]) {
      const result = schedule(input, { ...quick, seed });
      valid(input, result, 2);
      expect(result.stats.placed).toBe(meetings.length);
      expect(result.stats.maxBreakDifference).toBeLessThanOrEqual(2);
    }
  });

  it("gives the same schedule for the same seed and iteration limit", () => {
    const participants = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const meetings = participants.flatMap((a, i) => participants.slice(i + 1, i + 4).map((b) => meeting(`${a}-${b}`, a, b)));
    const input = forum(participants, slots(8, { tables: 4 }), meetings);
    const options = { seed: 42, iterationLimit: 5_000, timeLimitMs: 60_000 };
    const first = schedule(input, options);
    const second = schedule(input, options);
    valid(input, first);
    expect(second.placed).toEqual(first.placed);
  });

  it("rejects a malformed input", () => {
    expect(() => schedule(forum(["a"], slots(1), [meeting("x", "a", "z")]))).toThrow(/unknown participant z/);
    expect(() => schedule(forum(["a"], slots(1), [meeting("x", "a", "a")]))).toThrow(/both sides/);
  });
});
