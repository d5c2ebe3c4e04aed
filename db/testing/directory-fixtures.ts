import { randomUUID } from "node:crypto";
import type { Database } from "../client";
import type { DirectorySearch } from "../directory";
import { companies, companyItems, companySectors, forums, sectors, userPhotos, type CompanyStatus, type LookingFor } from "../schema";

/** Test data for the directory: a forum with sectors, and companies added one by one. */
export interface FixtureCompany {
  name: string;
  country?: string;
  city?: string;
  description?: string;
  status?: CompanyStatus;
  lookingFor?: LookingFor[];
  sectors?: string[];
  offers?: string[];
  needs?: string[];
}

export const fixtureSectors = ["pharma_health", "agri_food", "energy", "logistics"] as const;

export async function createFixtureForum(db: Database, slug = `directory-${randomUUID()}`) {
  const [forum] = await db
    .insert(forums)
    .values({
      slug,
      name: { fr: "Forum d'essai", en: "Test forum" },
      city: { fr: "Alger" },
      timeZone: "Africa/Algiers",
      startsOn: "2026-12-08",
      endsOn: "2026-12-09",
      countryA: "DZ",
      countryB: "RU",
    })
    .returning({ id: forums.id });
  if (!forum) throw new Error("no forum");
  const rows = await db
    .insert(sectors)
    .values(fixtureSectors.map((code, position) => ({ forumId: forum.id, code, name: { fr: code, en: code }, position })))
    .returning({ id: sectors.id, code: sectors.code });
  const sectorIds = new Map(rows.map((r) => [r.code, r.id]));

  /** Inserts a company the way the profile forms do: the row, then its sectors, then its items. */
  async function add(company: FixtureCompany): Promise<string> {
    const [row] = await db
      .insert(companies)
      .values({
        forumId: forum!.id,
        name: company.name,
        country: company.country ?? "DZ",
        city: company.city ?? "Alger",
        description: company.description ?? "",
        status: company.status ?? "approved",
        lookingFor: company.lookingFor ?? [],
      })
      .returning({ id: companies.id });
    const id = row!.id;
    const codes = company.sectors ?? [];
    if (codes.length) await db.insert(companySectors).values(codes.map((code) => ({ companyId: id, sectorId: sectorIds.get(code)! })));
    const items = [
      ...(company.offers ?? []).map((text, position) => ({ companyId: id, kind: "offer" as const, text, position })),
      ...(company.needs ?? []).map((text, position) => ({ companyId: id, kind: "need" as const, text, position })),
    ];
    if (items.length) await db.insert(companyItems).values(items);
    return id;
  }

  return { forumId: forum.id, sectorIds, add };
}

export const search = (s: Partial<DirectorySearch> = {}): DirectorySearch => ({
  q: "",
  country: [],
  sector: [],
  lookingFor: [],
  page: 1,
  pageSize: 20,
  ...s,
});

/** A photo for a delegate (the bytes of a PNG signature: only their presence matters here). */
export async function upsertUserPhoto(db: Database, userId: string) {
  const bytes = Buffer.from("89504e470d0a1a0a", "hex");
  await db.insert(userPhotos).values({ userId, contentType: "image/png", bytes, size: bytes.length });
}
