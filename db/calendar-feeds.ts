import { eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { calendarFeeds, users, type User } from "./schema";

/** Replaces the user's feed secret: the old URL stops working at once. */
export async function replaceCalendarFeed(userId: string, tokenHash: string, db: Database = getDb()): Promise<Date> {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: sql`now()` } })
    .returning({ createdAt: calendarFeeds.createdAt });
  if (!row) throw new Error("upsert returned no row");
  return row.createdAt;
}

export async function findCalendarFeed(userId: string, db: Database = getDb()): Promise<{ createdAt: Date } | null> {
  const [row] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).limit(1);
  return row ?? null;
}

/** The owner of a feed secret, found by its hash (calendar_feeds_token_key). */
export async function findUserByFeedHash(tokenHash: string, db: Database = getDb()): Promise<User | null> {
  const [row] = await db
    .select({ user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, tokenHash))
    .limit(1);
  return row?.user ?? null;
}
