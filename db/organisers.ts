import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { organiserInvitations, users, type OrganiserInvitation } from "./schema";

export async function listOrganisers(db: Database = getDb()) {
  return db
    .select({ id: users.id, fullName: users.fullName, email: users.email, locale: users.locale, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.role, "organiser"))
    .orderBy(asc(users.fullName));
}

/** Invitations still waiting: unused, unrevoked, unexpired. */
export async function listOpenOrganiserInvitations(forumId: string, db: Database = getDb()): Promise<OrganiserInvitation[]> {
  return db
    .select()
    .from(organiserInvitations)
    .where(
      and(
        eq(organiserInvitations.forumId, forumId),
        isNull(organiserInvitations.usedAt),
        isNull(organiserInvitations.revokedAt),
        gt(organiserInvitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(organiserInvitations.createdAt));
}

export async function findOrganiserInvitationByHash(tokenHash: string, db: Database = getDb()): Promise<OrganiserInvitation | null> {
  const [row] = await db.select().from(organiserInvitations).where(eq(organiserInvitations.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}

/** One conditional UPDATE: of two people using one link at once, exactly one gets the row. */
export async function claimOrganiserInvitation(tokenHash: string, userId: string, email: string, db: Database = getDb()): Promise<OrganiserInvitation | null> {
  const [row] = await db
    .update(organiserInvitations)
    .set({ usedAt: sql`now()`, usedBy: userId })
    .where(
      and(
        eq(organiserInvitations.tokenHash, tokenHash),
        eq(organiserInvitations.email, email),
        isNull(organiserInvitations.usedAt),
        isNull(organiserInvitations.revokedAt),
        gt(organiserInvitations.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return row ?? null;
}

export async function revokeOrganiserInvitationRow(forumId: string, id: string, db: Database = getDb()): Promise<OrganiserInvitation | null> {
  const [row] = await db
    .update(organiserInvitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(organiserInvitations.id, id),
        eq(organiserInvitations.forumId, forumId),
        isNull(organiserInvitations.usedAt),
        isNull(organiserInvitations.revokedAt),
      ),
    )
    .returning();
  return row ?? null;
}
