import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import { slots, unavailabilities } from "./schema";

export interface SlotAvailability {
  id: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  blocked: boolean;
  hasMeeting: boolean;
}

/** Every slot of the forum with whether this delegate blocked it or has a meeting in it. */
export async function listAvailability(forumId: string, userId: string, db: Database = getDb()): Promise<SlotAvailability[]> {
  const rows = rowsOf<{ id: string; day: string; starts_at: string | Date; ends_at: string | Date; blocked: boolean; has_meeting: boolean }>(
    await db.execute(sql`
      select s.id, s.day::text as day, s.starts_at, s.ends_at,
        exists (select 1 from unavailabilities u where u.user_id = ${userId} and u.slot_id = s.id) as blocked,
        exists (select 1 from meeting_attendees a where a.user_id = ${userId} and a.active and a.during && s.during) as has_meeting
      from slots s where s.forum_id = ${forumId} order by s.starts_at`),
  );
  return rows.map((r) => ({
    id: r.id,
    day: r.day,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    blocked: r.blocked,
    hasMeeting: r.has_meeting,
  }));
}

export async function insertBlock(userId: string, slotId: string, db: Database = getDb()): Promise<void> {
  await db
    .insert(unavailabilities)
    .values({ userId, slotId, during: sql`(select during from slots where id = ${slotId})` as unknown as string })
    .onConflictDoNothing();
}

export async function deleteBlock(userId: string, slotId: string, db: Database = getDb()): Promise<void> {
  await db.delete(unavailabilities).where(and(eq(unavailabilities.userId, userId), eq(unavailabilities.slotId, slotId)));
}

export async function slotsOfForum(forumId: string, db: Database = getDb()) {
  return db.select({ id: slots.id }).from(slots).where(eq(slots.forumId, forumId)).orderBy(asc(slots.startsAt));
}

/**
 * Makes the delegate's blocks exactly these slots of the forum (ids of other forums are
 * ignored). Run it in a transaction: a block over a meeting fails in the trigger, and nothing
 * of the change stays.
 */
export async function replaceBlocks(userId: string, forumId: string, slotIds: readonly string[], db: Database): Promise<void> {
  const keep = [...slotIds];
  await db
    .delete(unavailabilities)
    .where(keep.length ? and(eq(unavailabilities.userId, userId), notInArray(unavailabilities.slotId, keep)) : eq(unavailabilities.userId, userId));
  if (keep.length === 0) return;
  const wanted = await db
    .select({ id: slots.id, during: slots.during })
    .from(slots)
    .where(and(eq(slots.forumId, forumId), inArray(slots.id, keep)));
  if (wanted.length === 0) return;
  await db
    .insert(unavailabilities)
    .values(wanted.map((s) => ({ userId, slotId: s.id, during: s.during })))
    .onConflictDoNothing();
}
