import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import { meetingAttendees, scheduleChanges, sentNotices, users, type ScheduleChange, type ScheduleChangeKind } from "./schema";

/** One change row per delegate seated at each meeting, except the one who made the change. */
export async function insertScheduleChanges(
  changes: readonly {
    meetingId: string;
    forumId: string;
    kind: ScheduleChangeKind;
    previousStartsAt?: Date | null;
    previousTableNumber?: number | null;
    byOrganiser?: boolean;
    seatUserId?: string | null;
  }[],
  exceptUserId: string | null,
  db: Database = getDb(),
): Promise<number> {
  if (changes.length === 0) return 0;
  const seated = await db
    .select({ meetingId: meetingAttendees.meetingId, userId: meetingAttendees.userId })
    .from(meetingAttendees)
    .where(and(inArray(meetingAttendees.meetingId, changes.map((c) => c.meetingId)), exceptUserId ? ne(meetingAttendees.userId, exceptUserId) : undefined));
  const rows = changes.flatMap((change) =>
    seated
      .filter((s) => s.meetingId === change.meetingId)
      .map((s) => ({
        forumId: change.forumId,
        userId: s.userId,
        meetingId: change.meetingId,
        kind: change.kind,
        previousStartsAt: change.previousStartsAt ?? null,
        previousTableNumber: change.previousTableNumber ?? null,
        byOrganiser: change.byOrganiser ?? false,
        seatUserId: change.seatUserId ?? null,
      })),
  );
  if (rows.length) await db.insert(scheduleChanges).values(rows);
  return rows.length;
}

/**
 * Delegates whose pending changes are due: the last one is older than the quiet period (the
 * burst is over), or the first one older than the longest wait (a busy day still tells).
 */
export async function delegatesWithDueChanges(now: Date, quietSeconds: number, maxWaitSeconds: number, limit: number, db: Database = getDb()): Promise<string[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = rowsOf<{ user_id: string }>(
    await db.execute(sql`
      select user_id from schedule_changes where notified_at is null group by user_id
      having max(created_at) <= ${at} - make_interval(secs => ${quietSeconds})
          or min(created_at) <= ${at} - make_interval(secs => ${maxWaitSeconds})
      order by min(created_at) limit ${limit}`),
  );
  return rows.map((r) => r.user_id);
}

/**
 * Takes a delegate's pending changes, marking them notified, in the caller's transaction. Of
 * two workers doing this at once the second waits on the row locks, then finds nothing.
 */
export async function claimPendingChanges(userId: string, now: Date, db: Database = getDb()): Promise<ScheduleChange[]> {
  return db
    .update(scheduleChanges)
    .set({ notifiedAt: now })
    .where(and(eq(scheduleChanges.userId, userId), isNull(scheduleChanges.notifiedAt)))
    .returning();
}

/** Takes an idempotency key; false when it was already taken (the notice exists). */
export async function takeNoticeKey(key: string, db: Database = getDb()): Promise<boolean> {
  const rows = await db.insert(sentNotices).values({ key }).onConflictDoNothing().returning({ key: sentNotices.key });
  return rows.length === 1;
}

/**
 * For the seat changes of a digest: the people they name, and who of them sits at each
 * meeting now for the company they are in now, so a seat taken and given up again says nothing.
 */
export async function seatsNow(changes: readonly { meetingId: string; seatUserId: string | null }[], db: Database = getDb()) {
  const people = [...new Set(changes.flatMap((c) => (c.seatUserId ? [c.seatUserId] : [])))];
  if (people.length === 0) return { names: new Map<string, string>(), seated: new Set<string>() };
  const meetingIds = [...new Set(changes.filter((c) => c.seatUserId).map((c) => c.meetingId))];
  const [named, seats] = await Promise.all([
    db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, people)),
    db
      .select({ meetingId: meetingAttendees.meetingId, userId: meetingAttendees.userId })
      .from(meetingAttendees)
      .innerJoin(users, and(eq(users.id, meetingAttendees.userId), eq(users.companyId, meetingAttendees.companyId)))
      .where(and(inArray(meetingAttendees.meetingId, meetingIds), inArray(meetingAttendees.userId, people))),
  ]);
  return { names: new Map(named.map((p) => [p.id, p.fullName])), seated: new Set(seats.map((s) => seatKey(s.meetingId, s.userId))) };
}

export const seatKey = (meetingId: string, userId: string) => `${meetingId}:${userId}`;

export async function findRecipient(userId: string, db: Database = getDb()) {
  const [row] = await db.select({ id: users.id, email: users.email, locale: users.locale, fullName: users.fullName }).from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

/** Delegates with a scheduled meeting on a forum day. */
export async function delegatesMeetingOn(forumId: string, day: string, db: Database = getDb()): Promise<string[]> {
  const rows = rowsOf<{ user_id: string }>(
    await db.execute(sql`
      select distinct a.user_id from meeting_attendees a
      join meetings m on m.id = a.meeting_id join slots s on s.id = m.slot_id
      where m.forum_id = ${forumId} and m.status = 'scheduled' and a.active and s.day = ${day}::date`),
  );
  return rows.map((r) => r.user_id);
}
