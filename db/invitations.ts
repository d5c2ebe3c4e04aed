import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, companyInvitations, type CompanyInvitation } from "./schema";

export async function insertInvitation(
  values: { companyId: string; tokenHash: string; email: string | null; createdBy: string; createdAt: Date; expiresAt: Date },
  db: Database = getDb(),
): Promise<CompanyInvitation> {
  const [row] = await db.insert(companyInvitations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The invitation behind a token hash, with its company's name, whatever its state. */
export async function findInvitationByHash(tokenHash: string, db: Database = getDb()) {
  const [row] = await db
    .select({ invitation: companyInvitations, companyName: companies.name })
    .from(companyInvitations)
    .innerJoin(companies, eq(companies.id, companyInvitations.companyId))
    .where(eq(companyInvitations.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/**
 * Marks an invitation used, in one conditional UPDATE: only if it is unused, unrevoked, not
 * expired and meant for this e-mail (or anyone). Of two people racing, exactly one gets the row.
 */
export async function claimInvitation(tokenHash: string, userId: string, email: string, db: Database = getDb()): Promise<CompanyInvitation | null> {
  const [row] = await db
    .update(companyInvitations)
    .set({ usedAt: sql`now()`, usedBy: userId })
    .where(
      and(
        eq(companyInvitations.tokenHash, tokenHash),
        isNull(companyInvitations.usedAt),
        isNull(companyInvitations.revokedAt),
        gt(companyInvitations.expiresAt, sql`now()`),
        or(isNull(companyInvitations.email), eq(companyInvitations.email, email)),
      ),
    )
    .returning();
  return row ?? null;
}

/** Links of the company that still work: unused, unrevoked, unexpired; soonest to expire first. */
export async function listActiveInvitations(companyId: string, db: Database = getDb()): Promise<CompanyInvitation[]> {
  return db
    .select()
    .from(companyInvitations)
    .where(
      and(
        eq(companyInvitations.companyId, companyId),
        isNull(companyInvitations.usedAt),
        isNull(companyInvitations.revokedAt),
        gt(companyInvitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(companyInvitations.expiresAt));
}

/** Revokes an open invitation of this company; false when there is none to revoke. */
export async function revokeInvitation(companyId: string, invitationId: string, db: Database = getDb()): Promise<boolean> {
  const rows = await db
    .update(companyInvitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(companyInvitations.id, invitationId),
        eq(companyInvitations.companyId, companyId),
        isNull(companyInvitations.usedAt),
        isNull(companyInvitations.revokedAt),
      ),
    )
    .returning({ id: companyInvitations.id });
  return rows.length === 1;
}
