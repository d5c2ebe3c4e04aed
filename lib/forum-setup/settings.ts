import { and, asc, eq, notInArray, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { isCheckViolation } from "@/db/errors";
import { forumDays, forums, type Forum, type ForumDay, type User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { ForumSettingsInput } from "@/lib/schemas/forum-settings";
import { utcToZoned } from "@/lib/time-input";
import { changedFields } from "./diff";
import { lockForum, recutConflict, recutSlots, type RecutResult } from "./recut";

/** The settings as the audit log keeps them: B2B hours as wall-clock times in the forum's zone. */
function snapshot(forum: Forum, days: readonly ForumDay[]) {
  const hours = Object.fromEntries(
    [...days]
      .sort((a, b) => a.day.localeCompare(b.day))
      .map((d) => [d.day, `${utcToZoned(d.b2bStartsAt, forum.timeZone).time}–${utcToZoned(d.b2bEndsAt, forum.timeZone).time}`]),
  );
  return {
    name: forum.name,
    city: forum.city,
    timeZone: forum.timeZone,
    startsOn: forum.startsOn,
    endsOn: forum.endsOn,
    countryA: forum.countryA,
    countryB: forum.countryB,
    b2bHours: hours,
    slotMinutes: forum.slotMinutes,
    bookingMode: forum.bookingMode,
    selfBookingClosesAt: forum.selfBookingClosesAt?.toISOString() ?? null,
    meetingCap: forum.meetingCap,
  };
}

const sameMinute = (a: Date | null, b: Date | null) => (a && b ? Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000) : a === b);

/**
 * A closing time already past closes self-service booking the moment it is saved: a fair way
 * to close it, but not one to take by a typing slip, so a new one needs the organiser's word.
 * One saved before stands as it is when the rest of the settings change.
 */
function assertPastCloseConfirmed(before: Forum, input: ForumSettingsInput, now: Date): void {
  const closes = input.selfBookingClosesAt;
  if (!closes || input.confirmPastClose || closes.getTime() > now.getTime() || sameMinute(before.selfBookingClosesAt, closes)) return;
  throw new PublicError("selfBookingClosesInPast", 422, "selfBookingClosesAt");
}

/**
 * Saves the forum's settings over the version the organiser edited, replaces the B2B hours
 * and re-cuts the slots, all in one transaction with its audit entry: a stale form, a meeting
 * in the way, an unconfirmed closing time already past or a bad value leaves everything as it was.
 */
export async function updateForumSettings(
  user: User | null,
  forumId: string,
  input: ForumSettingsInput,
  db: Database = getDb(),
  now: Date = new Date(),
): Promise<{ forum: Forum; recut: RecutResult; changed: boolean }> {
  assertOrganiser(user);
  try {
    return await db.transaction(async (tx) => {
      const before = await lockForum(forumId, tx);
      if (before.version !== input.version) throw new PublicError("staleSettings", 409);
      assertPastCloseConfirmed(before, input, now);
      const daysBefore = await tx.select().from(forumDays).where(eq(forumDays.forumId, forumId)).orderBy(asc(forumDays.day));
      const [after] = await tx
        .update(forums)
        .set({
          name: input.name,
          city: input.city,
          timeZone: input.timeZone,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          countryA: input.countryA,
          countryB: input.countryB,
          slotMinutes: input.slotMinutes,
          bookingMode: input.bookingMode,
          selfBookingClosesAt: input.selfBookingClosesAt,
          meetingCap: input.meetingCap,
          version: sql`${forums.version} + 1`,
        })
        .where(and(eq(forums.id, forumId), eq(forums.version, input.version)))
        .returning();
      if (!after) throw new PublicError("staleSettings", 409);
      const dayList = input.days.map((d) => d.day);
      await tx.delete(forumDays).where(and(eq(forumDays.forumId, forumId), notInArray(forumDays.day, dayList)));
      await tx
        .insert(forumDays)
        .values(input.days.map((d) => ({ forumId, ...d })))
        .onConflictDoUpdate({
          target: [forumDays.forumId, forumDays.day],
          set: { b2bStartsAt: sql`excluded.b2b_starts_at`, b2bEndsAt: sql`excluded.b2b_ends_at` },
        });
      const daysAfter = await tx.select().from(forumDays).where(eq(forumDays.forumId, forumId));
      const recut = await recutSlots(forumId, user, { cancelMeetings: input.cancelMeetings, reason: "forum.update" }, tx);
      const diff = changedFields(snapshot(before, daysBefore), snapshot(after, daysAfter));
      await recordAudit(
        {
          forumId,
          actorId: user.id,
          action: "forum.update",
          entity: "forum",
          entityId: forumId,
          before: diff.before,
          after: { ...diff.after, ...(recut.added || recut.removed ? { slotsAdded: recut.added, slotsRemoved: recut.removed } : {}) },
        },
        tx,
      );
      return { forum: after, recut, changed: diff.changed };
    });
  } catch (error) {
    const conflict = recutConflict(error);
    if (conflict) throw conflict;
    if (isCheckViolation(error)) throw new PublicError("invalidInput", 422);
    throw error;
  }
}
