import { describe, expect, it } from "vitest";
import { validateSchedule } from "./validate";
import { forum, meeting, slots } from "./testing";
import type { SchedulerInput } from "./types";

const input: SchedulerInput = {
  participants: [{ id: "a", unavailableSlotIds: ["d1-3"] }, { id: "b" }, { id: "c" }],
  slots: slots(3, { tables: 2, morning: 2 }),
  meetings: [
    meeting("ab", "a", "b", { fixed: { slotId: "d1-1", tableId: "T1" } }),
    meeting("ac", "a", "c", { period: "morning" }),
    meeting("bc", "b", "c", { afterMeetingIds: ["ac"] }),
  ],
};
const good = [
  { meetingId: "ab", slotId: "d1-1", tableId: "T1" },
  { meetingId: "ac", slotId: "d1-2", tableId: "T1" },
  { meetingId: "bc", slotId: "d1-3", tableId: "T2" },
];
const rules = (placed: typeof good, unplaced: Parameters<typeof validateSchedule>[1]["unplaced"] = []) =>
  validateSchedule(input, { placed, unplaced }).map((v) => v.rule);

describe("validateSchedule", () => {
  it("accepts a valid schedule", () => {
    expect(rules(good)).toEqual([]);
  });

  it("catches each broken rule", () => {
    const with_ = (id: string, change: Partial<(typeof good)[number]>) => good.map((p) => (p.meetingId === id ? { ...p, ...change } : p));
    expect(rules(with_("bc", { slotId: "d1-2", tableId: "T2" }))).toContain("participantTwice");
    expect(rules(with_("bc", { tableId: "T1", slotId: "d1-2" }))).toContain("tableTwice");
    expect(rules(with_("bc", { tableId: "T9" }))).toEqual(["unknownSlotOrTable"]);
    expect(rules(with_("ab", { slotId: "d1-2", tableId: "T2" }))).toContain("fixedMoved");
    expect(rules(with_("ab", { tableId: "T2" }))).toEqual(["fixedMoved"]);
    expect(rules(with_("ac", { slotId: "d1-3" }))).toEqual(expect.arrayContaining(["unavailable", "period", "precedence"]));
    expect(rules(good.slice(1), [])).toEqual(["accounting"]);
    expect(rules(good, [{ meetingId: "ab", reason: { kind: "noTableLeft" } }])).toEqual(["accounting", "fixedMoved"]);
  });

  it("checks the reported figures and the fairness bound", () => {
    const spread = forum(["a", "b", "c", "d"], slots(3), [meeting("ab", "a", "b"), meeting("ac", "a", "c")]);
    const placed = [
      { meetingId: "ab", slotId: "d1-1", tableId: "T1" },
      { meetingId: "ac", slotId: "d1-3", tableId: "T1" },
    ];
    const stats = {
      placed: 2,
      unplaced: 0,
      totalBreaks: 0,
      breaksByParticipant: { a: 0, b: 0, c: 0, d: 0 },
      maxBreakDifference: 0,
      movedPublished: 0,
      runTimeMs: 0,
      placementMs: 0,
      timeToBestMs: 0,
      fewestBreaksProven: false,
      iterations: 0,
    };
    const found = validateSchedule(spread, { placed, unplaced: [], stats }, { maxBreakDifference: 0 }).map((v) => v.rule);
    expect(found).toEqual(["fairness", "stats", "stats", "stats"]);
  });
});
