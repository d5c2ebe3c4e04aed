import { and, count, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { checkIns, type CheckIn, type CheckInMethod } from "./schema";

/** Today in the forum's own time zone, as the database's trigger dates a check-in. */
export const forumToday = (forumId: string) =>
  sql`(now() at time zone (select f.time_zone from forums f where f.id = ${forumId}))::date`;

/**
 * Marks the person arrived today unless they already are. The primary key (one a day) decides
 * between desks: of two at once, one row is written and the other desk reads it back.
 */
export async function insertCheckIn(
  values: { forumId: string; userId: string; checkedInBy: string; method: CheckInMethod },
  db: Database = getDb(),
): Promise<{ row: CheckIn; created: boolean }> {
  const [created] = await db.insert(checkIns).values(values).onConflictDoNothing().returning();
  if (created) return { row: created, created: true };
  const [existing] = await db
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.forumId, values.forumId), eq(checkIns.userId, values.userId), eq(checkIns.day, forumToday(values.forumId))))
    .limit(1);
  if (!existing) throw new Error("check-in vanished between insert and read");
  return { row: existing, created: false };
}

/** Those who have arrived today, for the desk. */
export async function countCheckIns(forumId: string, db: Database = getDb()): Promise<number> {
  const [row] = await db.select({ n: count() }).from(checkIns).where(and(eq(checkIns.forumId, forumId), eq(checkIns.day, forumToday(forumId))));
  return row?.n ?? 0;
}
