import { getDb, type Database } from "@/db/client";
import { findCurrentForum } from "@/db/forums";
import { cancelMeetingRow, delegatesOf, findFreeTables, findSlot, lockSlot, moveMeetingRow } from "@/db/meetings";
import type { Meeting, User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { recordMeetingChange } from "@/lib/notices/record";
import { assertSelfServiceOpen, loadOwnMeeting } from "./book";
import { bookingConflict } from "./errors";

/** Either side moves its meeting to another free slot; a table is assigned again; the change goes to the next digest. */
export async function moveMeeting(user: User | null, input: { meetingId: string; slotId: string }, db: Database = getDb()): Promise<Meeting> {
  const forum = await findCurrentForum(db);
  if (!forum) throw new PublicError("notFound", 404);
  assertSelfServiceOpen(forum);
  const meeting = await loadOwnMeeting(user, input.meetingId, db);
  if (meeting.status !== "scheduled") throw new PublicError("meetingNotScheduled", 409);
  const slot = await findSlot(input.slotId, db);
  if (!slot || slot.forumId !== meeting.forumId) throw new PublicError("notFound", 404, "slotId");
  if (slot.id === meeting.slotId) return meeting;
  const attendees = await delegatesOf([meeting.companyAId, meeting.companyBId], db);
  const previousSlot = await findSlot(meeting.slotId, db);
  for (let attempt = 0; attempt < 3; attempt++) {
    const [table] = await findFreeTables(meeting.forumId, slot.id, attendees.map((a) => a.id), db);
    if (!table) throw new PublicError("noTableLeft", 409);
    try {
      const moved = await db.transaction(async (tx) => {
        await lockSlot(slot.id, tx);
        const row = await moveMeetingRow(meeting.id, slot.id, table.id, tx);
        // Both sides hear of it in their next schedule notice (the mover's colleagues too).
        if (row) await recordMeetingChange(row, "moved", { previousStartsAt: previousSlot?.startsAt, byUserId: user!.id }, tx);
        return row;
      });
      if (!moved) throw new PublicError("meetingNotScheduled", 409);
      return moved;
    } catch (error) {
      const conflict = bookingConflict(error);
      if (conflict?.code === "tableTaken") continue;
      if (conflict) throw conflict;
      throw error;
    }
  }
  throw new PublicError("noTableLeft", 409);
}

export async function cancelMeeting(user: User | null, input: { meetingId: string }, db: Database = getDb()): Promise<Meeting> {
  const forum = await findCurrentForum(db);
  if (!forum) throw new PublicError("notFound", 404);
  assertSelfServiceOpen(forum);
  const meeting = await loadOwnMeeting(user, input.meetingId, db);
  const cancelled = await db.transaction(async (tx) => {
    const row = await cancelMeetingRow(meeting.id, tx);
    if (row) await recordMeetingChange(row, "cancelled", { byUserId: user!.id }, tx);
    return row;
  });
  if (!cancelled) throw new PublicError("meetingNotScheduled", 409);
  return cancelled;
}
