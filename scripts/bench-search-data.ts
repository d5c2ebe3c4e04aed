import { randomUUID } from "node:crypto";
import type { Database } from "../db/client";
import { companies, companyItems, companySectors, forums, sectors, type NewCompany } from "../db/schema";
import { buildDemoCompanies, type DemoCompany } from "../db/seed/demo-companies";
import { demoForum, demoSectors } from "../db/seed/demo-forum";
import { createRandom } from "../db/seed/random";
import type { DirectorySearch } from "../db/directory";

/**
 * Synthetic companies for the search benchmark: batches of the demo generator (French,
 * Arabic, Russian and English profiles), each batch with its own seed and a number in the
 * names so the 50,000 names stay distinct; some Russian agri-food holdings call themselves
 * "агропромышленный", as the example needs.
 */
function* benchCompanies(count: number): Generator<DemoCompany> {
  const rng = createRandom(4242);
  let made = 0;
  for (let batch = 0; made < count; batch++) {
    for (const company of buildDemoCompanies(1000 + batch)) {
      if (made >= count) return;
      made++;
      const name = batch === 0 ? company.name : `${company.name} ${batch + 1}`;
      let description = company.description;
      if (company.language === "ru" && company.sectors[0] === "agri_food" && rng.chance(0.3)) {
        description = `Агропромышленный холдинг полного цикла. ${description}`;
      }
      yield { ...company, name, description };
    }
  }
}

const CHUNK = 1000;

/** Inserts a forum, its sectors and `count` companies with their sectors and items, in bulk. */
export async function loadBenchCompanies(db: Database, count: number): Promise<string> {
  const [forum] = await db.insert(forums).values({ ...demoForum, slug: "bench" }).returning({ id: forums.id });
  if (!forum) throw new Error("no forum");
  const sectorIds = new Map(demoSectors.map((s) => [s.code as string, randomUUID()]));
  await db.insert(sectors).values(
    demoSectors.map((s, position) => ({ id: sectorIds.get(s.code) as string, forumId: forum.id, code: s.code, name: s.name, position })),
  );
  let companyRows: NewCompany[] = [];
  let sectorRows: (typeof companySectors.$inferInsert)[] = [];
  let itemRows: (typeof companyItems.$inferInsert)[] = [];
  const flush = async () => {
    if (companyRows.length) await db.insert(companies).values(companyRows);
    if (sectorRows.length) await db.insert(companySectors).values(sectorRows);
    // Items in one statement per chunk: the statement-level trigger refreshes each company once.
    if (itemRows.length) await db.insert(companyItems).values(itemRows);
    companyRows = [];
    sectorRows = [];
    itemRows = [];
  };
  for (const c of benchCompanies(count)) {
    const id = randomUUID();
    // items_text and sector_ids as the triggers would write them, so each company row is
    // written once (the triggers on company_items and company_sectors then change nothing).
    const itemsText = [...c.offers, ...c.needs].map(([text]) => text).join(" ");
    const sectorIdList = c.sectors.map((code) => sectorIds.get(code) as string).sort();
    companyRows.push({
      id,
      forumId: forum.id,
      name: c.name.slice(0, 160),
      country: c.country,
      city: c.city,
      description: c.description,
      website: c.website,
      size: c.size,
      lookingFor: c.lookingFor,
      status: c.status,
      rejectionReason: c.rejectionReason ?? null,
      itemsText,
      sectorIds: sectorIdList,
    });
    for (const code of c.sectors) sectorRows.push({ companyId: id, sectorId: sectorIds.get(code) as string });
    c.offers.forEach(([text, code], position) => itemRows.push({ companyId: id, kind: "offer", text, sectorId: sectorIds.get(code), position }));
    c.needs.forEach(([text, code], position) => itemRows.push({ companyId: id, kind: "need", text, sectorId: sectorIds.get(code), position }));
    if (companyRows.length >= CHUNK) await flush();
  }
  await flush();
  return forum.id;
}

const search = (s: Partial<DirectorySearch>): DirectorySearch => ({
  q: "",
  country: [],
  sector: [],
  lookingFor: [],
  page: 1,
  pageSize: 20,
  ...s,
});

// What people type: words in the four languages, with and without typos, partial words.
const texts = [
  "pharma", "pharmaceutcal", "pharmaceutical distribution", "médicaments génériques", "generic drugs",
  "агро", "агропромышленный", "пшеница", "зерно экспорт", "логистка", "солнечные модули", "дистрибьютор",
  "الأدوية", "الادويه الجنيسة", "الطاقة الشمسية", "لوجستيك", "تمور", "solaire", "photovoltaique", "panneaux solaires",
  "énergie", "energie renouvelable", "logistique froid", "cold chain logistics", "cybersecurity", "cybersécurité",
  "intelligence artificielle", "drones", "agrodrones", "irrigation goutte", "huile d'olive", "olive oil", "sunflower oil",
  "подсолнечное масло", "Atlas", "Mitidja", "Tassili Pharma", "Волга", "НейроЦифра", "Saidal", "turbines à gaz",
  "forage", "бурение скважин", "ERP", "datacenter", "centre de données", "semences", "seeds", "vaccins", "вакцины",
];

/**
 * `count` directory searches: mixed languages and typos, filters, empty queries with filters,
 * deep pages. Another seed gives another mix (for the warm-up).
 */
export function benchSearches(count = 200, seed = 7): DirectorySearch[] {
  const rng = createRandom(seed);
  const sectorCodes = demoSectors.map((s) => s.code as string);
  const lookingFor = ["export", "import", "distribution", "investment", "joint_venture", "technology_transfer"] as const;
  const list: DirectorySearch[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    const q = texts[(i + seed) % texts.length] as string;
    if (kind <= 3) list.push(search({ q }));
    else if (kind === 4) list.push(search({ q, country: [rng.pick(["DZ", "RU"])] }));
    else if (kind === 5) list.push(search({ q, sector: [rng.pick(sectorCodes)], lookingFor: [rng.pick(lookingFor)] }));
    else if (kind === 6) list.push(search({ country: [rng.pick(["DZ", "RU"])], sector: rng.pickMany(sectorCodes, rng.int(1, 2)) }));
    else if (kind === 7) list.push(search({ lookingFor: [rng.pick(lookingFor)], page: rng.int(1, 50) }));
    else if (kind === 8) list.push(search({ q, page: rng.int(2, 20) }));
    else list.push(search({ page: rng.int(100, 1000) }));
  }
  return list;
}
