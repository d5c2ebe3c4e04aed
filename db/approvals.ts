import { and, asc, count, desc, eq, ilike, inArray, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, companySectors, sectors, users, type Company, type CompanyStatus } from "./schema";

export interface QueuedCompany {
  company: Company;
  sectorCodes: string[];
  delegates: { fullName: string; email: string; jobTitle: string | null }[];
}

/**
 * One page of a forum's companies in one status: the pending queue in order of sign-up (an edit
 * does not send a company to the back), the others last decided first; with a
 * search, only names containing it (and the counts per status follow the search).
 */
export async function listCompaniesByStatus(
  forumId: string,
  status: CompanyStatus,
  page: number,
  pageSize: number,
  search?: string,
  db: Database = getDb(),
): Promise<{ rows: QueuedCompany[]; total: number; byStatus: Record<CompanyStatus, number> }> {
  const named = search ? ilike(companies.name, `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined;
  const where = and(eq(companies.forumId, forumId), eq(companies.status, status), named);
  const [rows, statusCounts] = await Promise.all([
    db
      .select()
      .from(companies)
      .where(where)
      .orderBy(status === "pending" ? asc(companies.createdAt) : desc(companies.updatedAt), asc(companies.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ status: companies.status, n: count() }).from(companies).where(and(eq(companies.forumId, forumId), named)).groupBy(companies.status),
  ]);
  const ids = rows.map((r) => r.id);
  const [sectorRows, delegateRows] = ids.length
    ? await Promise.all([
        db
          .select({ companyId: companySectors.companyId, code: sectors.code })
          .from(companySectors)
          .innerJoin(sectors, eq(sectors.id, companySectors.sectorId))
          .where(inArray(companySectors.companyId, ids))
          .orderBy(asc(sectors.position)),
        db
          .select({ companyId: users.companyId, fullName: users.fullName, email: users.email, jobTitle: users.jobTitle })
          .from(users)
          .where(inArray(users.companyId, ids))
          .orderBy(desc(users.isMainContact), asc(users.createdAt)),
      ])
    : [[], []];
  const byStatus = { pending: 0, approved: 0, rejected: 0 } as Record<CompanyStatus, number>;
  for (const row of statusCounts) byStatus[row.status] = row.n;
  return {
    rows: rows.map((company) => ({
      company,
      sectorCodes: sectorRows.filter((s) => s.companyId === company.id).map((s) => s.code),
      delegates: delegateRows.filter((d) => d.companyId === company.id),
    })),
    total: byStatus[status],
    byStatus,
  };
}

/**
 * Moves a company from one status to another only if it is still in the expected one, so
 * two organisers deciding at once cannot both win. Returns null when nothing matched.
 */
export async function setCompanyStatus(
  companyId: string,
  forumId: string,
  from: readonly CompanyStatus[],
  to: CompanyStatus,
  reason: string | null,
  db: Database = getDb(),
): Promise<Company | null> {
  const [row] = await db
    .update(companies)
    .set({ status: to, rejectionReason: reason, updatedAt: sql`now()` })
    .where(and(eq(companies.id, companyId), eq(companies.forumId, forumId), inArray(companies.status, [...from])))
    .returning();
  return row ?? null;
}

export async function findCompanyInForum(companyId: string, forumId: string, db: Database = getDb()): Promise<Company | null> {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.forumId, forumId)))
    .limit(1);
  return row ?? null;
}
