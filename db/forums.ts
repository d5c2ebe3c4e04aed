import { and, asc, count, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb, type Database } from "./client";
import { companies, forumDays, forums, sectors, type Forum } from "./schema";

const fallbackTimeZone = "Africa/Algiers";

/**
 * The forum this deployment serves: the one named by FORUM_SLUG, else the first created.
 * Cached per request, so a page and its layout share one query.
 */
export const getCurrentForum = cache(async (): Promise<Forum | null> => findCurrentForum());

export async function findCurrentForum(db: Database = getDb()): Promise<Forum | null> {
  const slug = process.env.FORUM_SLUG;
  const rows = await db
    .select()
    .from(forums)
    .where(slug ? eq(forums.slug, slug) : undefined)
    .orderBy(asc(forums.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function getForumTimeZone(): Promise<string> {
  try {
    return (await getCurrentForum())?.timeZone ?? fallbackTimeZone;
  } catch {
    // Pages that need no forum still render if the database is unreachable for a moment.
    return fallbackTimeZone;
  }
}

export async function getForumOverview(forumId: string, db: Database = getDb()) {
  const [days, sectorRows, companyCounts] = await Promise.all([
    db.select().from(forumDays).where(eq(forumDays.forumId, forumId)).orderBy(asc(forumDays.day)),
    db.select().from(sectors).where(eq(sectors.forumId, forumId)).orderBy(asc(sectors.position)),
    db
      .select({ country: companies.country, n: count() })
      .from(companies)
      .where(and(eq(companies.forumId, forumId), eq(companies.status, "approved")))
      .groupBy(companies.country),
  ]);
  return { days, sectors: sectorRows, companyCounts };
}
