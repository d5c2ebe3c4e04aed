import { eq } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { claimPendingChanges, delegatesWithDueChanges, findRecipient, seatKey, seatsNow } from "@/db/notices";
import { listMeetingsOfUser } from "@/db/schedule";
import { forums } from "@/db/schema";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { changeLine, emailZone } from "./lines";
import { summariseChanges } from "./summary";

/** A burst of changes is over once none came for this long; then one notice goes out. */
export const DIGEST_QUIET_SECONDS = 5 * 60;
/** On a day of steady changes, nobody waits longer than this for the first notice. */
export const DIGEST_MAX_WAIT_SECONDS = 30 * 60;

/** The delegates due a notice now; the worker gives each their own job. */
export function dueDigests(now = new Date(), db: Database = getDb(), limit = 500): Promise<string[]> {
  return delegatesWithDueChanges(now, DIGEST_QUIET_SECONDS, DIGEST_MAX_WAIT_SECONDS, limit, db);
}

/**
 * One e-mail listing what changed in a delegate's schedule since the last one, in their
 * language. The changes are claimed and the e-mail written in one transaction: run twice or
 * by two workers at once, it writes one e-mail; if it fails, nothing is claimed.
 */
export async function sendScheduleDigest(userId: string, now = new Date(), db: Database = getDb()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changes = await claimPendingChanges(userId, now, tx);
    if (changes.length === 0) return false;
    const recipient = await findRecipient(userId, tx);
    const [forum] = await tx.select().from(forums).where(eq(forums.id, changes[0]!.forumId)).limit(1);
    if (!recipient || !forum) return false;
    const meetings = await listMeetingsOfUser(userId, { includeCancelled: true }, tx);
    const seats = await seatsNow(changes, tx);
    const lines = summariseChanges(changes, meetings, (meetingId, userId) => seats.seated.has(seatKey(meetingId, userId)));
    if (lines.length === 0) return false;
    await enqueueEmails(
      "scheduleChanged",
      [recipient],
      ({ locale }, t) => ({
        zone: emailZone(forum, locale, lines[0]!.meeting.startsAt),
        lines: lines.map((line) => changeLine(line, locale, forum, t, seats.names)).join("\n"),
      }),
      tx,
    );
    return true;
  });
}
