import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import { meetingAttendees, users, type MeetingStatus } from "./schema";

export interface LockedMeeting {
  id: string;
  forumId: string;
  status: MeetingStatus;
  startsAt: Date;
  companyAId: string;
  companyBId: string;
  interpreterNeeded: boolean;
}

/**
 * Takes the meeting's row lock for the rest of the transaction and reads it as it stands
 * then. Every change of who sits at a meeting takes it first, so two colleagues giving up
 * their seats at once are taken one after the other, and a cancellation is never crossed by
 * a seat taken in a meeting it has just freed.
 */
export async function lockMeetingForSeats(meetingId: string, db: Database): Promise<LockedMeeting | null> {
  const [row] = rowsOf<{
    id: string;
    forum_id: string;
    status: MeetingStatus;
    starts_at: string | Date;
    company_a_id: string;
    company_b_id: string;
    interpreter_needed: boolean;
  }>(
    await db.execute(sql`
      select id, forum_id, status, lower(during) as starts_at, company_a_id, company_b_id, interpreter_needed
      from meetings where id = ${meetingId}::uuid for no key update`),
  );
  if (!row) return null;
  return {
    id: row.id,
    forumId: row.forum_id,
    status: row.status,
    startsAt: new Date(row.starts_at),
    companyAId: row.company_a_id,
    companyBId: row.company_b_id,
    interpreterNeeded: row.interpreter_needed,
  };
}

/** The company's delegates seated at the meeting and still in it, by name. */
export async function listCompanySeats(meetingId: string, companyId: string, db: Database = getDb()) {
  return db
    .select({ userId: users.id, fullName: users.fullName, jobTitle: users.jobTitle })
    .from(meetingAttendees)
    .innerJoin(users, and(eq(users.id, meetingAttendees.userId), eq(users.companyId, meetingAttendees.companyId)))
    .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.companyId, companyId)))
    .orderBy(asc(users.fullName));
}

/** Whether the delegate blocked a time, or sits at another live meeting, overlapping this meeting's. */
export async function seatObstacles(meetingId: string, userId: string, db: Database = getDb()): Promise<{ unavailable: boolean; busy: boolean }> {
  const [row] = rowsOf<{ unavailable: boolean; busy: boolean }>(
    await db.execute(sql`
      select
        exists (select 1 from unavailabilities u where u.user_id = ${userId}::uuid and u.during && m.during) as unavailable,
        exists (select 1 from meeting_attendees a where a.user_id = ${userId}::uuid and a.active and a.meeting_id <> m.id and a.during && m.during) as busy
      from meetings m where m.id = ${meetingId}::uuid`),
  );
  return { unavailable: Boolean(row?.unavailable), busy: Boolean(row?.busy) };
}

/**
 * Seats a delegate at a meeting, at its time. The database's rules still decide: one
 * meeting at a time per delegate (meeting_attendees_one_at_a_time), none in a blocked slot.
 */
export async function insertSeat(meetingId: string, userId: string, companyId: string, db: Database): Promise<void> {
  await db.execute(sql`
    insert into meeting_attendees (meeting_id, during, user_id, company_id, active)
    select m.id, m.during, ${userId}::uuid, ${companyId}::uuid, m.status in ('scheduled', 'held')
    from meetings m where m.id = ${meetingId}::uuid`);
}

/** Takes a delegate off a meeting; false when they were not seated at it. */
export async function deleteSeat(meetingId: string, userId: string, db: Database): Promise<boolean> {
  const rows = await db
    .delete(meetingAttendees)
    .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.userId, userId)))
    .returning({ userId: meetingAttendees.userId });
  return rows.length === 1;
}
