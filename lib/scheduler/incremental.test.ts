import { describe, expect, it } from "vitest";
import { reschedule, schedule, validateSchedule, type SchedulerInput } from "./index";
import { forum, meeting, slots } from "./testing";

const quick = { timeLimitMs: 3_000, iterationLimit: 20_000 };

describe("reschedule", () => {
  const ids = Array.from({ length: 10 }, (_, i) => `p${i}`);
  const base = forum(
    ids,
    slots(8, { tables: 3 }),
    ids.flatMap((a, i) => [1, 3].map((d) => meeting(`${a}-${ids[(i + d) % 10]}`, a, ids[(i + d) % 10]!))),
  );

  it("adds a meeting after publication without moving a published one", () => {
    const published = schedule(base, quick);
    expect(published.stats.unplaced).toBe(0);
    // A late request between two participants who share a free slot that has a table left.
    const busy = new Set(published.placed.flatMap((p) => base.meetings.find((m) => m.id === p.meetingId)!.participantIds.map((q) => `${q} ${p.slotId}`)));
    const used = (slotId: string) => published.placed.filter((p) => p.slotId === slotId).length;
    const slot = base.slots.find((s) => used(s.id) < 3 && ids.filter((q) => !busy.has(`${q} ${s.id}`)).length >= 2)!;
    const [x, y] = ids.filter((q) => !busy.has(`${q} ${slot.id}`));
    const added: SchedulerInput = { ...base, meetings: [...base.meetings, meeting("late", x!, y!)] };
    const result = reschedule(added, published.placed, quick);
    expect(validateSchedule(added, result)).toEqual([]);
    expect(result.stats).toMatchObject({ unplaced: 0, movedPublished: 0 });
    for (const before of published.placed) expect(result.placed).toContainEqual(before);
  });

  it("fills the room a cancelled meeting leaves, leaving the others where they were", () => {
    const published = schedule(base, quick);
    const cancelled = base.meetings[0]!.id;
    const changed: SchedulerInput = { ...base, meetings: [...base.meetings.filter((m) => m.id !== cancelled), meeting("new", "p0", "p1")] };
    const result = reschedule(changed, published.placed, quick);
    expect(validateSchedule(changed, result)).toEqual([]);
    expect(result.stats.movedPublished).toBe(0);
    expect(result.placed.map((p) => p.meetingId)).toContain("new");
  });

  it("moves a published meeting only when a new one cannot be placed otherwise", () => {
    // c can only meet in slot 1, where a's published meeting with b sits.
    const input: SchedulerInput = {
      participants: [{ id: "a" }, { id: "b" }, { id: "c", unavailableSlotIds: ["d1-2"] }],
      slots: slots(2),
      meetings: [meeting("ab", "a", "b"), meeting("ac", "a", "c")],
    };
    const result = reschedule(input, [{ meetingId: "ab", slotId: "d1-1", tableId: "T1" }], quick);
    expect(validateSchedule(input, result)).toEqual([]);
    expect(result.stats).toMatchObject({ placed: 2, movedPublished: 1 });
    expect(result.placed).toContainEqual({ meetingId: "ac", slotId: "d1-1", tableId: expect.any(String) });
  });
});
