import { getDb, type Database } from "@/db/client";
import { findAttendanceMark, hasOutcomes, unmarkMeetingRow } from "@/db/attendance";
import { recordAudit } from "@/db/audit";
import { isExclusionViolation, isUniqueViolation } from "@/db/errors";
import { findCurrentForum } from "@/db/forums";
import { findMeeting, findSlot } from "@/db/meetings";
import { companyRecipients, findRequestParty } from "@/db/requests";
import type { Meeting, User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { formatTime } from "@/lib/time";

/**
 * An organiser takes a mark back (a tap on the wrong button, an absence that was a late
 * arrival): the meeting is scheduled again, to be marked anew. A missed meeting takes its
 * table and delegates back unless they were booked again since, and both sides, who were told
 * of the absence, are told it stands after all. A meeting with an outcome recorded keeps its
 * mark: the outcome belongs to a meeting held.
 */
export async function undoAttendance(user: User | null, input: { meetingId: string }, db: Database = getDb()): Promise<Meeting> {
  assertOrganiser(user);
  const meeting = await findMeeting(input.meetingId, db);
  if (!meeting) throw new PublicError("notFound", 404);
  const from = meeting.status;
  if (from !== "held" && from !== "no_show") throw new PublicError("attendanceNotMarked", 409);
  const [mark, forum, slot] = await Promise.all([findAttendanceMark(meeting.id, db), findCurrentForum(db), findSlot(meeting.slotId, db)]);
  if (!forum || !slot) throw new PublicError("notFound", 404);
  try {
    return await db.transaction(async (tx) => {
      if (await hasOutcomes(meeting.id, tx)) throw new PublicError("attendanceHasOutcomes", 409);
      const restored = await unmarkMeetingRow(meeting.id, from, tx);
      if (!restored) throw new PublicError("attendanceNotMarked", 409);
      await recordAudit(
        { forumId: meeting.forumId, actorId: user.id, action: "meeting.unmarked", entity: "meeting", entityId: meeting.id, before: { status: from, absent: mark?.absent ?? null }, after: { status: "scheduled" } },
        tx,
      );
      if (from === "no_show") {
        const [a, b] = await Promise.all([findRequestParty(meeting.companyAId, tx), findRequestParty(meeting.companyBId, tx)]);
        // Figures that read the same in every language, as in the e-mails of the absence.
        const at = { day: slot.day, time: `${formatTime(slot.startsAt, "en", forum.timeZone)} (${forum.timeZone})` };
        await enqueueEmails("meetingRestored", await companyRecipients(meeting.companyAId, tx), { ...at, other: b?.name ?? "" }, tx);
        await enqueueEmails("meetingRestored", await companyRecipients(meeting.companyBId, tx), { ...at, other: a?.name ?? "" }, tx);
      }
      return restored;
    });
  } catch (error) {
    // The table, a delegate or the request went to another meeting after the absence.
    if (isExclusionViolation(error) || isUniqueViolation(error)) throw new PublicError("attendanceSlotTaken", 409);
    throw error;
  }
}
