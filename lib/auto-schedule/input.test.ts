import { describe, expect, it } from "vitest";
import type { SchedulingData } from "@/db/scheduler-input";
import type { ScheduleResult } from "@/lib/scheduler";
import { toProposalContent, toSchedulerInput } from "./input";

const data: SchedulingData = {
  slots: [
    { id: "s1", day: "2026-12-08" },
    { id: "s2", day: "2026-12-08" },
    { id: "s3", day: "2026-12-09" },
  ],
  tables: [
    { id: "t1", number: 1, active: true },
    { id: "t2", number: 2, active: false },
  ],
  requests: [
    { id: "r1", companyAId: "a", companyBId: "b" },
    { id: "r2", companyAId: "a", companyBId: "c" },
  ],
  meetings: [{ id: "m1", slotId: "s2", tableId: "t2", companyAId: "b", companyBId: "d" }],
  companyBlocks: [
    { companyId: "c", slotId: "s1" },
    { companyId: "c", slotId: "s1" },
    { companyId: "c", slotId: "gone" },
  ],
};

describe("the scheduler's input from the forum's data", () => {
  it("opens active tables everywhere, and a closed one only where a live meeting still sits at it", () => {
    const input = toSchedulerInput(data);
    expect(input.slots).toEqual([
      { id: "s1", day: "2026-12-08", tableIds: ["t1"] },
      { id: "s2", day: "2026-12-08", tableIds: ["t1", "t2"] },
      { id: "s3", day: "2026-12-09", tableIds: ["t1"] },
    ]);
  });

  it("makes companies the sides, live meetings fixed, and each company's blocked slots unavailable once", () => {
    const input = toSchedulerInput(data);
    expect(input.meetings).toEqual([
      { id: "m1", participantIds: ["b", "d"], fixed: { slotId: "s2", tableId: "t2" } },
      { id: "r1", participantIds: ["a", "b"] },
      { id: "r2", participantIds: ["a", "c"] },
    ]);
    expect(input.participants).toEqual([{ id: "a" }, { id: "b" }, { id: "c", unavailableSlotIds: ["s1"] }, { id: "d" }]);
  });
});

describe("the proposal from the engine's result", () => {
  const result = {
    placed: [
      { meetingId: "m1", slotId: "s2", tableId: "t2" },
      { meetingId: "r1", slotId: "s1", tableId: "t1" },
    ],
    unplaced: [{ meetingId: "r2", reason: { kind: "participantFull", participantId: "c" } }],
    stats: { breaksByParticipant: { a: 0, b: 1, c: 0, d: 0 } },
  } as unknown as ScheduleResult;

  it("keeps only the new meetings, with their sides, and the reasons naming a company", () => {
    const content = toProposalContent(data, result, []);
    expect(content.placed).toEqual([{ requestId: "r1", slotId: "s1", tableId: "t1", companyAId: "a", companyBId: "b" }]);
    expect(content.unplaced).toEqual([{ requestId: "r2", reason: "participantFull", companyId: "c" }]);
  });

  it("gives each delegate their company's breaks, and a company without delegates a row of its own", () => {
    const content = toProposalContent(data, result, [
      { id: "u1", companyId: "b" },
      { id: "u2", companyId: "b" },
      { id: "u3", companyId: "a" },
    ]);
    expect(content.breaks).toEqual([
      { companyId: "a", userId: "u3", breaks: 0 },
      { companyId: "b", userId: "u1", breaks: 1 },
      { companyId: "b", userId: "u2", breaks: 1 },
      { companyId: "c", userId: null, breaks: 0 },
      { companyId: "d", userId: null, breaks: 0 },
    ]);
  });
});
