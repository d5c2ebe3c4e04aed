import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
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

/** Takes one hit back from `key` (an attempt that proved right), dropping the counter at none. */
export async function uncountHit(key: string, db: Database = getDb()): Promise<void> {
  const [left] = await db
    .update(rateLimits)
    .set({ hits: sql`${rateLimits.hits} - 1` })
    .where(and(eq(rateLimits.key, key), gt(rateLimits.hits, 1)))
    .returning({ hits: rateLimits.hits });
  if (!left) await db.delete(rateLimits).where(eq(rateLimits.key, key));
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
