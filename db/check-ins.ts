import { and, count, eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { checkIns, type CheckIn, type CheckInMethod } from "./schema";

/**
 * Marks the person arrived unless they already are. The primary key decides between desks:
 * of two at once, one row is written and the other desk reads it back.
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
    .where(and(eq(checkIns.forumId, values.forumId), eq(checkIns.userId, values.userId)))
    .limit(1);
  if (!existing) throw new Error("check-in vanished between insert and read");
  return { row: existing, created: false };
}

export async function countCheckIns(forumId: string, db: Database = getDb()): Promise<number> {
  const [row] = await db.select({ n: count() }).from(checkIns).where(eq(checkIns.forumId, forumId));
  return row?.n ?? 0;
}
