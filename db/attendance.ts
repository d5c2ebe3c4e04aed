import { and, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { meetingAttendance, meetingOutcomes, meetings, users, type AbsentSide, type Meeting, type MeetingAttendance } from "./schema";

/**
 * Moves a scheduled meeting to held or no-show and records who said so. The status changes
 * only from "scheduled": of two people marking at once, one row is updated and the other
 * gets null back.
 */
export async function markMeetingRow(
  meetingId: string,
  mark: { status: "held" | "no_show"; absent: AbsentSide | null; markedBy: string; markedByCompanyId: string | null },
  db: Database,
): Promise<Meeting | null> {
  const [meeting] = await db
    .update(meetings)
    .set({ status: mark.status, updatedAt: sql`now()` as unknown as Date })
    .where(and(eq(meetings.id, meetingId), eq(meetings.status, "scheduled")))
    .returning();
  if (!meeting) return null;
  await db.insert(meetingAttendance).values({ meetingId, ...mark });
  return meeting;
}

/**
 * Takes a mark back: the meeting is scheduled again and its mark is deleted. Only from the
 * status the caller saw, so of two people undoing at once one row changes; a missed meeting
 * takes its table and delegates back, which the database refuses (23P01) if they were booked
 * again since.
 */
export async function unmarkMeetingRow(meetingId: string, from: "held" | "no_show", db: Database): Promise<Meeting | null> {
  const [meeting] = await db
    .update(meetings)
    .set({ status: "scheduled", updatedAt: sql`now()` as unknown as Date })
    .where(and(eq(meetings.id, meetingId), eq(meetings.status, from)))
    .returning();
  if (!meeting) return null;
  await db.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
  return meeting;
}

/** Whether either side has recorded how the meeting went. */
export async function hasOutcomes(meetingId: string, db: Database): Promise<boolean> {
  const [row] = await db.select({ id: meetingOutcomes.meetingId }).from(meetingOutcomes).where(eq(meetingOutcomes.meetingId, meetingId)).limit(1);
  return row !== undefined;
}

export type AttendanceMark = MeetingAttendance & { markedByName: string | null };

export async function findAttendanceMark(meetingId: string, db: Database = getDb()): Promise<AttendanceMark | null> {
  const [row] = await db
    .select({ mark: meetingAttendance, markedByName: users.fullName })
    .from(meetingAttendance)
    .leftJoin(users, eq(users.id, meetingAttendance.markedBy))
    .where(eq(meetingAttendance.meetingId, meetingId))
    .limit(1);
  return row ? { ...row.mark, markedByName: row.markedByName } : null;
}
