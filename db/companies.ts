import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import {
  companies,
  companyItems,
  companySectors,
  sectors,
  type Company,
  type CompanyItemKind,
  type NewCompany,
  type Sector,
} from "./schema";

/** A company's own fields, as its delegates edit them. */
export type CompanyFields = Pick<
  NewCompany,
  "name" | "country" | "city" | "description" | "website" | "size" | "lookingFor"
>;

export interface CompanyItemRow {
  kind: CompanyItemKind;
  text: string;
  sectorId: string;
}

export interface CompanyProfile {
  company: Company;
  sectorCodes: string[];
  items: { kind: CompanyItemKind; text: string; sectorCode: string | null }[];
}

export async function findCompany(companyId: string, db: Database = getDb()): Promise<Company | null> {
  const [row] = await db.select().from(companies).where(eq(companies.id, companyId)).limit(1);
  return row ?? null;
}

export async function getCompanyProfile(companyId: string, db: Database = getDb()): Promise<CompanyProfile | null> {
  const company = await findCompany(companyId, db);
  if (!company) return null;
  const [sectorRows, itemRows] = await Promise.all([
    db
      .select({ code: sectors.code })
      .from(companySectors)
      .innerJoin(sectors, eq(sectors.id, companySectors.sectorId))
      .where(eq(companySectors.companyId, companyId))
      .orderBy(asc(sectors.position)),
    db
      .select({ kind: companyItems.kind, text: companyItems.text, sectorCode: sectors.code })
      .from(companyItems)
      .leftJoin(sectors, eq(sectors.id, companyItems.sectorId))
      .where(eq(companyItems.companyId, companyId))
      .orderBy(asc(companyItems.kind), asc(companyItems.position)),
  ]);
  return { company, sectorCodes: sectorRows.map((r) => r.code), items: itemRows };
}

export async function listForumSectors(forumId: string, db: Database = getDb()): Promise<Sector[]> {
  return db.select().from(sectors).where(eq(sectors.forumId, forumId)).orderBy(asc(sectors.position));
}

/** The ids of the given sector codes within one forum; codes of other forums are not found. */
export async function findSectorIds(forumId: string, codes: readonly string[], db: Database = getDb()): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: sectors.id, code: sectors.code })
    .from(sectors)
    .where(and(eq(sectors.forumId, forumId), inArray(sectors.code, [...codes])));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function insertCompany(values: CompanyFields & { forumId: string }, db: Database = getDb()): Promise<Company> {
  const [row] = await db.insert(companies).values({ ...values, status: "pending" }).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Saves a company's fields. A rejected company goes back to the organisers' queue (pending,
 * its old reason cleared); a pending or approved one keeps its status.
 */
export async function updateCompanyFields(companyId: string, values: CompanyFields, db: Database = getDb()): Promise<Company | null> {
  const [row] = await db
    .update(companies)
    .set({
      ...values,
      status: sql`case when ${companies.status} = 'rejected' then 'pending' else ${companies.status} end`,
      rejectionReason: sql`case when ${companies.status} = 'rejected' then null else ${companies.rejectionReason} end`,
      updatedAt: sql`now()`,
    })
    .where(eq(companies.id, companyId))
    .returning();
  return row ?? null;
}

export async function replaceCompanySectors(companyId: string, sectorIds: readonly string[], db: Database = getDb()): Promise<void> {
  await db.delete(companySectors).where(eq(companySectors.companyId, companyId));
  if (sectorIds.length) await db.insert(companySectors).values(sectorIds.map((sectorId) => ({ companyId, sectorId })));
}

/** Replaces all offers and needs; call inside a transaction so the set changes at once. */
export async function replaceCompanyItems(companyId: string, items: readonly CompanyItemRow[], db: Database = getDb()): Promise<void> {
  await db.delete(companyItems).where(eq(companyItems.companyId, companyId));
  const position = { offer: 0, need: 0 };
  if (items.length) {
    await db.insert(companyItems).values(items.map((item) => ({ companyId, ...item, position: position[item.kind]++ })));
  }
}
