import { describe, expect, it } from "vitest";
import { schedule, validateSchedule, type SchedulerInput } from "./index";
import { meeting, slots } from "./testing";

describe("tables", () => {
  it("keeps a participant at the same table across consecutive slots", () => {
    // a hosts b, c and d in turn; other meetings run beside.
    const input: SchedulerInput = {
      participants: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id })),
      slots: slots(3, { tables: 3 }),
      meetings: [
        meeting("ab", "a", "b", { fixed: { slotId: "d1-1", tableId: "T3" } }),
        meeting("ac", "a", "c", { fixed: { slotId: "d1-2" } }),
        meeting("ad", "a", "d", { fixed: { slotId: "d1-3" } }),
        meeting("ef", "e", "f", { fixed: { slotId: "d1-1" } }),
        meeting("ef-again", "e", "f", { fixed: { slotId: "d1-3" } }),
      ],
    };
    const result = schedule(input, { timeLimitMs: 100 });
    expect(validateSchedule(input, result)).toEqual([]);
    const table = Object.fromEntries(result.placed.map((p) => [p.meetingId, p.tableId]));
    expect([table.ab, table.ac, table.ad]).toEqual(["T3", "T3", "T3"]);
    // e and f meet again after a slot apart: back at their table.
    expect(table["ef-again"]).toBe(table.ef);
  });

  it("uses only the tables open in each slot", () => {
    const open = slots(2, { tables: 3 });
    const input: SchedulerInput = {
      participants: ["a", "b", "c", "d"].map((id) => ({ id })),
      slots: [{ ...open[0]!, tableIds: ["T2"] }, { ...open[1]!, tableIds: ["T1", "T3"] }],
      meetings: [meeting("ab", "a", "b"), meeting("cd", "c", "d"), meeting("ac", "a", "c")],
    };
    const result = schedule(input, { timeLimitMs: 100 });
    expect(validateSchedule(input, result)).toEqual([]);
    expect(result.stats.placed).toBe(3);
  });
});
