import { and, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { meetingAttendance, meetings, users, type AbsentSide, type Meeting, type MeetingAttendance } from "./schema";

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
