import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { badges, checkIns, companies, userPhotos, users, type Badge } from "./schema";
import { searchFold, searchLatin } from "./schema/search";
import { forumToday } from "./check-ins";

export async function findLiveBadges(forumId: string, userIds: readonly string[], db: Database = getDb()): Promise<Badge[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(badges)
    .where(and(eq(badges.forumId, forumId), inArray(badges.userId, [...userIds]), isNull(badges.revokedAt)));
}

/** Inserts badges for those who have none; a badge issued meanwhile by another request stays. */
export async function insertBadges(rows: { forumId: string; userId: string; nonce: string; codeHash: string }[], db: Database = getDb()) {
  if (rows.length === 0) return;
  await db.insert(badges).values(rows).onConflictDoNothing();
}

export async function findBadgeByCodeHash(codeHash: string, db: Database = getDb()): Promise<Badge | null> {
  const [row] = await db.select().from(badges).where(eq(badges.codeHash, codeHash)).limit(1);
  return row ?? null;
}

export async function revokeLiveBadge(forumId: string, userId: string, by: string, db: Database = getDb()): Promise<Badge | null> {
  const [row] = await db
    .update(badges)
    .set({ revokedAt: sql`now()` as unknown as Date, revokedBy: by })
    .where(and(eq(badges.forumId, forumId), eq(badges.userId, userId), isNull(badges.revokedAt)))
    .returning();
  return row ?? null;
}

/** Who a badge or the desk names: enough to recognise the person at a glance. */
export interface BadgeHolder {
  userId: string;
  fullName: string;
  jobTitle: string | null;
  companyId: string;
  companyName: string;
  country: string;
  photoAt: Date | null;
  checkedInAt: Date | null;
}

const holderColumns = {
  userId: users.id,
  fullName: users.fullName,
  jobTitle: users.jobTitle,
  companyId: companies.id,
  companyName: companies.name,
  country: companies.country,
  photoAt: userPhotos.updatedAt,
  checkedInAt: checkIns.checkedInAt,
};

function holders(forumId: string, db: Database) {
  return db
    .select(holderColumns)
    .from(users)
    .innerJoin(companies, eq(companies.id, users.companyId))
    .leftJoin(userPhotos, eq(userPhotos.userId, users.id))
    // Arrived today: each day of the forum has its own check-in.
    .leftJoin(checkIns, and(eq(checkIns.userId, users.id), eq(checkIns.forumId, forumId), eq(checkIns.day, forumToday(forumId))))
    .$dynamic();
}

export async function findBadgeHolder(forumId: string, userId: string, db: Database = getDb()): Promise<BadgeHolder | null> {
  const [row] = await holders(forumId, db)
    .where(and(eq(users.id, userId), eq(companies.forumId, forumId), eq(companies.status, "approved")))
    .limit(1);
  return row ?? null;
}

/** A name column as the desk's search compares it: folded, Russian letters in Latin (й both ways). */
const spellings = (column: string) => [searchLatin(searchFold(column), "y"), searchLatin(searchFold(column), "i")];
const nameSpellings = [...spellings('"users"."full_name"'), ...spellings('"companies"."name"')].map((expression) => sql.raw(expression));
// A misspelt name ("Petrof") still finds its person when this much of it matches a word.
const TYPO_SIMILARITY = 0.6;

/**
 * Delegates of approved companies whose name or company holds the words, for the desk. Names
 * are compared folded and in Latin letters, so staff typing "Petrov" find «Петров», and
 * with typos; those holding the words come first.
 */
export async function searchBadgeHolders(forumId: string, query: string, limit = 10, db: Database = getDb()): Promise<BadgeHolder[]> {
  const folded = sql`(select ${sql.raw(searchLatin(searchFold("q.q")))} from (select ${query.trim()}::text as q) q)`;
  const contains = sql.join(
    nameSpellings.map((name) => sql`strpos(${name}, ${folded}) > 0`),
    sql` or `,
  );
  const similarity = sql`greatest(${sql.join(
    nameSpellings.map((name) => sql`word_similarity(${folded}, ${name})`),
    sql`, `,
  )})`;
  return holders(forumId, db)
    .where(and(eq(companies.forumId, forumId), eq(companies.status, "approved"), sql`(${contains} or ${similarity} >= ${TYPO_SIMILARITY})`))
    .orderBy(sql`(${contains}) desc`, sql`${similarity} desc`, asc(users.fullName))
    .limit(limit);
}

/** Companies' first letters, for the badge sheet's pages. */
export async function badgeSheetLetters(forumId: string, db: Database = getDb()): Promise<string[]> {
  const rows = await db
    .selectDistinct({ letter: sql<string>`upper(left(${companies.name}, 1))` })
    .from(companies)
    .innerJoin(users, eq(users.companyId, companies.id))
    .where(and(eq(companies.forumId, forumId), eq(companies.status, "approved")))
    .orderBy(sql`1`);
  return rows.map((r) => r.letter);
}

/** The delegates of approved companies whose name starts with the letter, company by company. */
export async function badgeSheetHolders(forumId: string, letter: string, page: { limit: number; offset: number }, db: Database = getDb()) {
  const where = and(eq(companies.forumId, forumId), eq(companies.status, "approved"), sql`upper(left(${companies.name}, 1)) = ${letter}`);
  const [rows, [total]] = await Promise.all([
    holders(forumId, db).where(where).orderBy(asc(companies.name), asc(users.createdAt), asc(users.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(users).innerJoin(companies, eq(companies.id, users.companyId)).where(where),
  ]);
  return { rows: rows as BadgeHolder[], total: total?.n ?? 0 };
}
