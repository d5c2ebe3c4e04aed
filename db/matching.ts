import { and, asc, eq } from "drizzle-orm";
import type { MatchItem, MatchProfile } from "@/lib/matching/types";
import { getDb, type Database } from "./client";
import { companies, companyItems, companySectors, sectors, users } from "./schema";

/** A company as the matcher sees it, plus what a suggestion card shows of it. */
export interface MatchCompany extends MatchProfile {
  name: string;
  city: string;
}

/**
 * Every approved company of a forum, ready for the matcher: four queries whatever the number
 * of companies (no query per company), each joined to the approved companies of the forum.
 */
export async function loadMatchCompanies(forumId: string, db: Database = getDb()): Promise<MatchCompany[]> {
  const approved = and(eq(companies.forumId, forumId), eq(companies.status, "approved"));
  const [rows, sectorRows, itemRows, languageRows] = await Promise.all([
    db
      .select({ id: companies.id, name: companies.name, country: companies.country, city: companies.city, lookingFor: companies.lookingFor })
      .from(companies)
      .where(approved),
    db
      .select({ companyId: companySectors.companyId, code: sectors.code })
      .from(companySectors)
      .innerJoin(companies, eq(companies.id, companySectors.companyId))
      .innerJoin(sectors, eq(sectors.id, companySectors.sectorId))
      .where(approved)
      .orderBy(asc(sectors.position)),
    db
      .select({ companyId: companyItems.companyId, kind: companyItems.kind, text: companyItems.text, sector: sectors.code })
      .from(companyItems)
      .innerJoin(companies, eq(companies.id, companyItems.companyId))
      .leftJoin(sectors, eq(sectors.id, companyItems.sectorId))
      .where(approved)
      .orderBy(asc(companyItems.position)),
    db
      .select({ companyId: users.companyId, languages: users.languages })
      .from(users)
      .innerJoin(companies, eq(companies.id, users.companyId))
      .where(approved),
  ]);

  const byId = new Map<string, MatchCompany & { sectors: string[]; offers: MatchItem[]; needs: MatchItem[]; languages: string[] }>();
  for (const row of rows) {
    byId.set(row.id, { ...row, sectors: [], offers: [], needs: [], languages: [] });
  }
  for (const row of sectorRows) byId.get(row.companyId)?.sectors.push(row.code);
  for (const row of itemRows) {
    const company = byId.get(row.companyId);
    company?.[row.kind === "offer" ? "offers" : "needs"].push({ text: row.text, sector: row.sector });
  }
  for (const row of languageRows) {
    const company = row.companyId ? byId.get(row.companyId) : undefined;
    if (!company) continue;
    for (const language of row.languages) if (!company.languages.includes(language)) company.languages.push(language);
  }
  return [...byId.values()];
}
