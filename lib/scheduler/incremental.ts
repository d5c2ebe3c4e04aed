import { schedule } from "./schedule";
import type { PlacedMeeting, ScheduleResult, SchedulerInput, SchedulerOptions } from "./types";

/**
 * Re-scheduling after publication, when meetings were cancelled or added: every meeting of
 * `previous` still in the input becomes published where it was, so the engine keeps it there
 * and moves one only if that lets more meetings be placed (stats.movedPublished says how many
 * moved). Fixed meetings stay fixed; a slot or table that no longer exists frees the meeting.
 */
export function reschedule(input: SchedulerInput, previous: readonly PlacedMeeting[], options: SchedulerOptions = {}): ScheduleResult {
  const before = new Map(previous.map((p) => [p.meetingId, p]));
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const meetings = input.meetings.map((meeting) => {
    const placed = before.get(meeting.id);
    const slot = placed && slots.get(placed.slotId);
    if (meeting.fixed || meeting.published || !placed || !slot) return meeting;
    const tableId = slot.tableIds.includes(placed.tableId) ? placed.tableId : undefined;
    return { ...meeting, published: { slotId: placed.slotId, tableId } };
  });
  return schedule({ ...input, meetings }, options);
}
