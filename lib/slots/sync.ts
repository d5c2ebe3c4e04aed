import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { agendaSessions, forumDays, forums, meetings, slots, unavailabilities, type Slot } from "@/db/schema";
import { buildSlots, type BuiltSlot } from "./build";

const key = (s: { startsAt: Date; endsAt: Date }) => `${s.startsAt.getTime()}-${s.endsAt.getTime()}`;

/** The slots a forum should have now (its days, slot length and blocking sessions), and those it has. */
export async function compareSlots(forumId: string, db: Database = getDb()): Promise<{ wanted: BuiltSlot[]; existing: Slot[]; unwanted: Slot[] }> {
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
  const wantedKeys = new Set(wanted.map(key));
  return { wanted, existing, unwanted: existing.filter((s) => !wantedKeys.has(key(s))) };
}

/**
 * Brings a forum's slots in line with its days, slot length and blocking sessions: new slots
 * are added, slots no longer wanted are removed unless a live meeting sits in them (those
 * are returned, for the organiser to move). Cancelled meetings of a removed slot go with it.
 * A delegate's block on a removed slot is carried to the new slots over the same time, so
 * no one's unavailability is forgotten. Run in the caller's transaction.
 */
export async function syncSlots(forumId: string, db: Database = getDb()): Promise<{ added: number; removed: number; stuck: Slot[] }> {
  const { wanted, existing, unwanted } = await compareSlots(forumId, db);
  const existingKeys = new Set(existing.map(key));
  const unwantedIds = unwanted.map((s) => s.id);
  const used = unwantedIds.length
    ? new Set(
        (
          await db
            .select({ slotId: meetings.slotId })
            .from(meetings)
            .where(and(inArray(meetings.slotId, unwantedIds), ne(meetings.status, "cancelled")))
        ).map((m) => m.slotId),
      )
    : new Set<string>();
  const removable = unwanted.filter((s) => !used.has(s.id));
  const removableIds = removable.map((s) => s.id);
  const carried = removableIds.length
    ? await db.select({ userId: unavailabilities.userId, during: unavailabilities.during }).from(unavailabilities).where(inArray(unavailabilities.slotId, removableIds))
    : [];
  if (removableIds.length) {
    await db.delete(meetings).where(and(inArray(meetings.slotId, removableIds), eq(meetings.status, "cancelled")));
    await db.delete(slots).where(inArray(slots.id, removableIds));
  }
  const missing = wanted.filter((s) => !existingKeys.has(key(s)));
  // A new slot may overlap one that stays because a meeting sits in it: leave that one out.
  const stuck = unwanted.filter((s) => used.has(s.id));
  const addable = missing.filter((s) => !stuck.some((k) => s.startsAt < k.endsAt && k.startsAt < s.endsAt));
  if (addable.length) await db.insert(slots).values(addable.map((s) => ({ forumId, day: s.day, startsAt: s.startsAt, endsAt: s.endsAt })));
  for (const block of carried) {
    await db.execute(sql`
      insert into unavailabilities (user_id, slot_id, during)
      select ${block.userId}::uuid, s.id, s.during from slots s
      where s.forum_id = ${forumId} and s.during && ${block.during}::tstzrange
        and not exists (select 1 from meeting_attendees a where a.user_id = ${block.userId}::uuid and a.active and a.during && s.during)
      on conflict do nothing`);
  }
  return { added: addable.length, removed: removable.length, stuck };
}

export async function listSlots(forumId: string, db: Database = getDb()): Promise<Slot[]> {
  return db.select().from(slots).where(eq(slots.forumId, forumId)).orderBy(asc(slots.startsAt));
}
