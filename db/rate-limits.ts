import { and, inArray, lt, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { rateLimits } from "./schema";

const windowOver = (seconds: number) => sql`${rateLimits.windowStartedAt} <= now() - make_interval(secs => ${seconds})`;

/**
 * Counts a hit on `key` in its window of `windowSeconds`, a new window once the last one is
 * over; the count with this hit. One statement: hits at once are all counted.
 */
export async function countHit(key: string, windowSeconds: number, db: Database = getDb()): Promise<number> {
  const over = windowOver(windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${over} then 1 else ${rateLimits.hits} + 1 end`,
        windowStartedAt: sql`case when ${over} then now() else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({ hits: rateLimits.hits });
  return row!.hits;
}

/** The hits each key has in its current window (keys without one are left out). */
export async function hitsNow(keys: readonly string[], windowSeconds: number, db: Database = getDb()): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: rateLimits.key, hits: rateLimits.hits })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, [...keys]), sql`not (${windowOver(windowSeconds)})`));
  return new Map(rows.map((r) => [r.key, r.hits]));
}

export async function forgetHits(key: string, db: Database = getDb()): Promise<void> {
  await db.delete(rateLimits).where(inArray(rateLimits.key, [key]));
}

/** Drops the counters whose window began more than `seconds` ago: none of them counts any more. */
export async function forgetStaleHits(seconds: number, db: Database = getDb()): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStartedAt, sql`now() - make_interval(secs => ${seconds})`))
    .returning({ key: rateLimits.key });
  return gone.length;
}
