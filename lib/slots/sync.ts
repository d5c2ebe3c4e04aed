import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { agendaSessions, forumDays, forums, meetings, slots, type Slot } from "@/db/schema";
import { buildSlots } from "./build";

/**
 * Brings a forum's slots in line with its days, slot length and blocking sessions: new slots
 * are added, slots no longer wanted are removed unless a meeting sits in them (those are
 * returned, for the organiser to move). Run in the caller's transaction.
 */
export async function syncSlots(forumId: string, db: Database = getDb()): Promise<{ added: number; removed: number; stuck: Slot[] }> {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  if (!forum) throw new Error(`no forum ${forumId}`);
  const [days, blocking, existing] = await Promise.all([
    db.select().from(forumDays).where(eq(forumDays.forumId, forumId)),
    db
      .select({ startsAt: agendaSessions.startsAt, endsAt: agendaSessions.endsAt })
      .from(agendaSessions)
      .where(and(eq(agendaSessions.forumId, forumId), eq(agendaSessions.blocksB2b, true))),
    db.select().from(slots).where(eq(slots.forumId, forumId)),
  ]);
  const wanted = buildSlots(days, blocking, forum.slotMinutes);
  const key = (s: { startsAt: Date; endsAt: Date }) => `${s.startsAt.getTime()}-${s.endsAt.getTime()}`;
  const wantedKeys = new Set(wanted.map(key));
  const existingKeys = new Set(existing.map(key));
  const unwanted = existing.filter((s) => !wantedKeys.has(key(s)));
  const used = unwanted.length
    ? new Set((await db.select({ slotId: meetings.slotId }).from(meetings).where(inArray(meetings.slotId, unwanted.map((s) => s.id)))).map((m) => m.slotId))
    : new Set<string>();
  const removable = unwanted.filter((s) => !used.has(s.id));
  if (removable.length) await db.delete(slots).where(inArray(slots.id, removable.map((s) => s.id)));
  const missing = wanted.filter((s) => !existingKeys.has(key(s)));
  // A new slot may overlap one that stays because a meeting sits in it: leave that one out.
  const stuck = unwanted.filter((s) => used.has(s.id));
  const addable = missing.filter((s) => !stuck.some((k) => s.startsAt < k.endsAt && k.startsAt < s.endsAt));
  if (addable.length) await db.insert(slots).values(addable.map((s) => ({ forumId, day: s.day, startsAt: s.startsAt, endsAt: s.endsAt })));
  return { added: addable.length, removed: removable.length, stuck };
}

export async function listSlots(forumId: string, db: Database = getDb()): Promise<Slot[]> {
  return db.select().from(slots).where(eq(slots.forumId, forumId)).orderBy(asc(slots.startsAt));
}
