import { getDb, type Database } from "@/db/client";
import { markMeetingRow } from "@/db/attendance";
import { recordAudit } from "@/db/audit";
import { companyRecipients, findRequestParty } from "@/db/requests";
import { findMeeting, findSlot } from "@/db/meetings";
import { findCurrentForum } from "@/db/forums";
import type { AbsentSide, Meeting, User } from "@/db/schema";
import { assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { localized } from "@/lib/i18n/localized";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

export interface MarkAttendanceInput {
  meetingId: string;
  status: "held" | "no_show";
  /** Organisers say which side was absent; a delegate marking a no-show means the other side. */
  absent?: AbsentSide;
}

/** The meeting, if the user may mark it: a delegate of either side, or an organiser. */
export async function loadMarkableMeeting(user: User | null, meetingId: string, db: Database): Promise<Meeting> {
  assertSignedIn(user);
  const meeting = await findMeeting(meetingId, db);
  const isSide = !!user.companyId && (meeting?.companyAId === user.companyId || meeting?.companyBId === user.companyId);
  if (!meeting || (user.role !== "organiser" && !isSide)) throw new PublicError("notFound", 404);
  return meeting;
}

export function absentSideFor(user: User, meeting: Meeting, input: MarkAttendanceInput): AbsentSide | null {
  if (input.status === "held") return null;
  if (user.role === "organiser") {
    if (!input.absent) throw new PublicError("absentSideRequired", 400, "absent");
    return input.absent;
  }
  // A delegate at the table reports the other side missing.
  return meeting.companyAId === user.companyId ? "b" : "a";
}

/** Whether a meeting starting then can be marked yet, held or missed: from its first second. */
export function attendanceRecordable(startsAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= startsAt.getTime();
}

/**
 * Marks a meeting held or missed, once it has begun (`now`: the moment of the mark). A missed meeting stops holding its table and its delegates (the database's rules
 * count only scheduled and held meetings), and the side that came is told, in each person's
 * language.
 */
export async function markAttendance(user: User | null, input: MarkAttendanceInput, db: Database = getDb(), now: Date = new Date()): Promise<Meeting> {
  const meeting = await loadMarkableMeeting(user, input.meetingId, db);
  const absent = absentSideFor(user!, meeting, input);
  const forum = await findCurrentForum(db);
  const slot = await findSlot(meeting.slotId, db);
  if (!forum || !slot) throw new PublicError("notFound", 404);
  // Nobody is absent from a meeting that has not begun, nor has held it: a no-show frees the
  // table and tells both sides, and a meeting held opens its outcome to the report, which a
  // tap the day before must do neither.
  if (!attendanceRecordable(slot.startsAt, now)) throw new PublicError(input.status === "no_show" ? "noShowTooEarly" : "heldTooEarly", 409);
  const organiser = user!.role === "organiser";
  return db.transaction(async (tx) => {
    const marked = await markMeetingRow(
      meeting.id,
      { status: input.status, absent, markedBy: user!.id, markedByCompanyId: organiser ? null : user!.companyId },
      tx,
    );
    if (!marked) throw new PublicError("attendanceAlreadyMarked", 409);
    if (organiser) {
      await recordAudit(
        { forumId: meeting.forumId, actorId: user!.id, action: `meeting.${input.status}`, entity: "meeting", entityId: meeting.id, before: { status: meeting.status }, after: { status: marked.status, absent } },
        tx,
      );
    }
    if (input.status === "no_show" && absent !== "both") {
      const [absentId, presentId] = absent === "a" ? [meeting.companyAId, meeting.companyBId] : [meeting.companyBId, meeting.companyAId];
      const [absentCompany, presentCompany] = await Promise.all([findRequestParty(absentId!, tx), findRequestParty(presentId!, tx)]);
      // Each reader's own language: the day and time in the forum's zone, named.
      const values = (recipient: { locale: string }) => ({
        day: formatDay(slot.day, recipient.locale, forum.timeZone),
        time: formatTime(slot.startsAt, recipient.locale, forum.timeZone),
        zone: zoneLabel(localized(forum.city, recipient.locale), forum.timeZone, slot.startsAt),
        absent: absentCompany?.name ?? "",
        present: presentCompany?.name ?? "",
      });
      const present = (await companyRecipients(presentId!, tx)).filter((r) => r.email !== user!.email);
      await enqueueEmails("meetingNoShow", present, values, tx);
      await enqueueEmails("meetingMissed", await companyRecipients(absentId!, tx), values, tx);
    }
    return marked;
  });
}
