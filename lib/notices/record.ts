import { getDb, type Database } from "@/db/client";
import { insertScheduleChanges } from "@/db/notices";
import type { Meeting } from "@/db/schema";

/**
 * Records, in the transaction of the change, that a meeting moved or was cancelled: every
 * delegate seated at it except the one who made it will get it in their next digest.
 */
export async function recordMeetingChange(
  meeting: Pick<Meeting, "id" | "forumId">,
  kind: "moved" | "cancelled",
  options: { previousStartsAt?: Date | null; byUserId?: string | null },
  db: Database = getDb(),
): Promise<number> {
  return insertScheduleChanges([{ meetingId: meeting.id, forumId: meeting.forumId, kind, previousStartsAt: options.previousStartsAt }], options.byUserId ?? null, db);
}

/**
 * Records, in the transaction of the change, that the organisers moved or cancelled a
 * meeting: every delegate of both sides gets it in their next digest, which says who did it.
 * A move keeps where the meeting was, time and table, as a table alone may have changed.
 */
export async function recordOrganiserChange(
  meeting: Pick<Meeting, "id" | "forumId">,
  kind: "moved" | "cancelled",
  previous: { startsAt: Date; tableNumber: number } | null,
  db: Database = getDb(),
): Promise<number> {
  return insertScheduleChanges(
    [{ meetingId: meeting.id, forumId: meeting.forumId, kind, previousStartsAt: previous?.startsAt, previousTableNumber: previous?.tableNumber, byOrganiser: true }],
    null,
    db,
  );
}

/**
 * Records that an organiser published these meetings (a schedule run or a hand placement):
 * each delegate gets one notice listing their new meetings, not one e-mail per meeting.
 */
export async function recordPublishedMeetings(meetings: readonly Pick<Meeting, "id" | "forumId">[], db: Database = getDb()): Promise<number> {
  return insertScheduleChanges(
    meetings.map((m) => ({ meetingId: m.id, forumId: m.forumId, kind: "published" as const })),
    null,
    db,
  );
}

/**
 * Records, in the transaction of the change, that a delegate took or gave up a seat at a
 * meeting: everyone seated at it, the other side and the delegate's colleagues, learns in
 * their next digest who will now sit at the table, or no longer.
 */
export async function recordSeatChange(
  meeting: Pick<Meeting, "id" | "forumId">,
  kind: "seated" | "unseated",
  seatUserId: string,
  db: Database = getDb(),
): Promise<number> {
  return insertScheduleChanges([{ meetingId: meeting.id, forumId: meeting.forumId, kind, seatUserId }], seatUserId, db);
}
