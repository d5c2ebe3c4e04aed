import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import type { Database } from "@/db/client";
import { isForeignKeyViolation } from "@/db/errors";
import { cancelMeetingRow } from "@/db/meetings";
import { forums, type Forum, type Meeting, type User } from "@/db/schema";
import { listStandingMeetings, type StandingMeeting } from "@/db/standing-meetings";
import { PublicError } from "@/lib/errors";
import { compareSlots, syncSlots } from "@/lib/slots/sync";
import { notifyRecutCancellation } from "./notify";

/**
 * Takes the forum's row lock for the rest of the transaction: changes that re-cut the slots
 * (settings, blocking sessions) are applied one after the other, each on the other's result.
 */
export async function lockForum(forumId: string, db: Database): Promise<Forum> {
  await db.execute(sql`select 1 from forums where id = ${forumId} for update`);
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  if (!forum) throw new PublicError("notFound", 404);
  return forum;
}

/** What the organiser reads when a change would unseat meetings: the meetings, plainly. */
export interface MeetingsInTheWay {
  meetings: StandingMeeting[];
}

export interface RecutResult {
  added: number;
  removed: number;
  cancelled: string[];
}

/**
 * Re-cuts the slots after a change made earlier in the same transaction. A live meeting whose
 * slot would disappear is never dropped silently: the change is refused with the list, unless
 * the organiser asked, knowingly, to cancel them (then both sides are told by e-mail and each
 * cancellation is in the audit log). Meetings already held cannot be cancelled: refused.
 */
export async function recutSlots(forumId: string, actor: User, options: { cancelMeetings: boolean; reason: string }, db: Database): Promise<RecutResult> {
  const { unwanted } = await compareSlots(forumId, db);
  const standing = await listStandingMeetings({ slotIds: unwanted.map((s) => s.id) }, db);
  const cancelled: string[] = [];
  if (standing.length) {
    const held = standing.filter((m) => m.status !== "scheduled");
    if (held.length) throw new PublicError("heldMeetingsInTheWay", 409, undefined, { meetings: held } satisfies MeetingsInTheWay);
    if (!options.cancelMeetings) throw new PublicError("meetingsInTheWay", 409, undefined, { meetings: standing } satisfies MeetingsInTheWay);
    for (const meeting of standing) {
      await cancelByOrganiser(forumId, actor, meeting, options.reason, db);
      cancelled.push(meeting.id);
    }
  }
  const result = await syncSlots(forumId, db);
  // Unreachable while the rules above hold; kept so a slip can never pass unnoticed.
  if (result.stuck.length) throw new PublicError("meetingsInTheWay", 409);
  return { added: result.added, removed: result.removed, cancelled };
}

async function cancelByOrganiser(forumId: string, actor: User, meeting: StandingMeeting, reason: string, db: Database) {
  if (!(await cancelStandingMeeting(forumId, actor, meeting, reason, db))) throw new PublicError("slotsChangedMeanwhile", 409);
  await notifyRecutCancellation(forumId, meeting, db);
}

/**
 * An organiser's change cancels a live meeting it lists, with the audit entry naming why
 * (`reason`, the change's action); telling both sides is the caller's, as it differs by change.
 * Null when the meeting was no longer scheduled.
 */
export async function cancelStandingMeeting(forumId: string, actor: User, meeting: StandingMeeting, reason: string, db: Database): Promise<Meeting | null> {
  const row = await cancelMeetingRow(meeting.id, db);
  if (!row) return null;
  await recordAudit(
    {
      forumId,
      actorId: actor.id,
      action: "meeting.cancel",
      entity: "meeting",
      entityId: meeting.id,
      before: { status: meeting.status, startsAt: meeting.startsAt, endsAt: meeting.endsAt, table: meeting.tableNumber, companies: meeting.companies },
      after: { status: "cancelled", reason },
    },
    db,
  );
  return row;
}

/** A booking that slipped into a slot being removed makes the removal fail: say so plainly. */
export function recutConflict(error: unknown): PublicError | null {
  return isForeignKeyViolation(error) ? new PublicError("slotsChangedMeanwhile", 409) : null;
}
