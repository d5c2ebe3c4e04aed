import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import { userPhotos, users, type User } from "./schema";

export interface DelegateSummary {
  id: string;
  fullName: string;
  jobTitle: string | null;
  email: string;
  languages: string[];
  isMainContact: boolean;
  /** When the photo last changed (a cache key for its URL), or null without a photo. */
  photoUpdatedAt: Date | null;
}

export async function listDelegates(companyId: string, db: Database = getDb()): Promise<DelegateSummary[]> {
  return db
    .select({
      id: users.id,
      fullName: users.fullName,
      jobTitle: users.jobTitle,
      email: users.email,
      languages: users.languages,
      isMainContact: users.isMainContact,
      photoUpdatedAt: userPhotos.updatedAt,
    })
    .from(users)
    .leftJoin(userPhotos, eq(userPhotos.userId, users.id))
    .where(eq(users.companyId, companyId))
    .orderBy(desc(users.isMainContact), asc(users.createdAt));
}

/**
 * Puts a user who has no company into one. Conditional on "no company yet", so two requests
 * racing (two create clicks, two invitation links) cannot both place the same user.
 */
export async function attachUserToCompany(userId: string, companyId: string, asMainContact: boolean, db: Database = getDb()): Promise<User | null> {
  const [row] = await db
    .update(users)
    .set({ companyId, isMainContact: asMainContact })
    .where(and(eq(users.id, userId), isNull(users.companyId)))
    .returning();
  return row ?? null;
}

/**
 * Takes a delegate out of the company; never the main contact, and, when someone else does
 * it (`byUserId`), never that person. Conditional on still being in the company, so of two
 * removals racing only the first finds the row.
 */
export async function detachDelegate(companyId: string, delegateId: string, byUserId: string | null, db: Database = getDb()): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ companyId: null, isMainContact: false })
    .where(
      and(
        eq(users.id, delegateId),
        eq(users.companyId, companyId),
        byUserId ? ne(users.id, byUserId) : undefined,
        eq(users.isMainContact, false),
      ),
    )
    .returning({ id: users.id });
  return rows.length === 1;
}

/**
 * Takes a delegate who left the company off its meetings that have not ended by `now`: their
 * seats go (the exclusion constraint and every list of who sits there read these rows), so
 * those hours are free again and nobody expects them at the table. Meetings that have ended,
 * or were marked held or missed, keep them for the record and the reports. A row is deleted
 * rather than set inactive because a meeting's later status change (held, cancelled)
 * rewrites `active` for all of its seats. Returns the meetings they were taken off.
 */
export async function releaseUpcomingSeats(companyId: string, userId: string, now: Date, db: Database = getDb()): Promise<string[]> {
  const rows = rowsOf<{ meeting_id: string }>(
    await db.execute(sql`
      delete from meeting_attendees a using meetings m
      where m.id = a.meeting_id and a.user_id = ${userId}::uuid and a.company_id = ${companyId}::uuid
        and upper(a.during) > ${now.toISOString()}::timestamptz and m.status in ('scheduled', 'cancelled')
      returning a.meeting_id`),
  );
  return rows.map((r) => r.meeting_id);
}

/** Drops the main-contact flag only if this user still holds it for this company. */
export async function releaseMainContact(companyId: string, userId: string, db: Database = getDb()): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ isMainContact: false })
    .where(and(eq(users.id, userId), eq(users.companyId, companyId), eq(users.isMainContact, true)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Gives the flag to a delegate of the same company; the partial unique index keeps it to one. */
export async function grantMainContact(companyId: string, userId: string, db: Database = getDb()): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ isMainContact: true })
    .where(and(eq(users.id, userId), eq(users.companyId, companyId)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function updateDelegateFields(
  userId: string,
  values: { fullName: string; jobTitle: string | null; languages: string[]; locale?: string },
  db: Database = getDb(),
): Promise<User | null> {
  const [row] = await db.update(users).set(values).where(eq(users.id, userId)).returning();
  return row ?? null;
}

/** The company's main contact, as an e-mail is addressed to them; null if it has none. */
export async function findMainContact(companyId: string, db: Database = getDb()) {
  const [row] = await db
    .select({ id: users.id, email: users.email, fullName: users.fullName, locale: users.locale })
    .from(users)
    .where(and(eq(users.companyId, companyId), eq(users.isMainContact, true)))
    .limit(1);
  return row ?? null;
}
