import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client";
import { searchDirectory, searchWords } from "./directory";
import { companies, companyItems, companySectors, sectors } from "./schema";
import { createTestDatabase, type TestDatabase } from "./testing";
import { createFixtureForum, search } from "./testing/directory-fixtures";

let t: TestDatabase;
let forumId: string;
let fixture: Awaited<ReturnType<typeof createFixtureForum>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  fixture = await createFixtureForum(t.db);
  forumId = fixture.forumId;
  const add = async (key: string, company: Parameters<typeof fixture.add>[0]) => {
    ids[key] = await fixture.add(company);
  };
  await add("saidal", {
    name: "Saidal Atlas Pharma",
    description: "مؤسسة متوسطة متخصصة في صناعة الأدوية الجنيسة.",
    sectors: ["pharma_health"],
    lookingFor: ["export", "technology_transfer"],
    offers: ["أدوية جنيسة لعلاج السكري"],
  });
  await add("volga", {
    name: "АО «ВолгаФарм»",
    country: "RU",
    city: "Казань",
    description: "Дистрибуция лекарственных средств по всей России.",
    sectors: ["pharma_health", "logistics"],
    lookingFor: ["import", "distribution"],
    needs: ["производитель дженериков для контрактного выпуска"],
  });
  await add("agro", {
    name: "ООО «Кубань»",
    country: "RU",
    city: "Краснодар",
    description: "Агропромышленный холдинг полного цикла: зерно и подсолнечное масло.",
    sectors: ["agri_food"],
    lookingFor: ["export"],
    offers: ["мягкая пшеница и ячмень"],
  });
  await add("solaire", {
    name: "SARL Atlas Solaire",
    city: "Oran",
    description: "Installation de centrales solaires pour l'industrie et l'agriculture.",
    sectors: ["energy"],
    lookingFor: ["import", "joint_venture"],
    offers: ["panneaux photovoltaïques et onduleurs"],
  });
  await add("medline", {
    name: "MedLine Logistics",
    country: "RU",
    city: "Moscow",
    description: "Cold-chain transport for the pharmaceutical industry.",
    sectors: ["logistics"],
    lookingFor: ["distribution"],
    offers: ["pharmaceutical distribution across Russia"],
  });
  await add("pending", {
    name: "Pharma Mitidja (en attente)",
    description: "Génériques pharmaceutiques, en attente de validation.",
    status: "pending",
    sectors: ["pharma_health"],
    lookingFor: ["export"],
  });
  await add("rejected", {
    name: "Pharma Refusée",
    description: "Société pharmaceutique refusée.",
    status: "rejected",
    sectors: ["pharma_health"],
    lookingFor: ["export"],
  });
});

afterAll(async () => {
  await t?.close();
});

const names = async (q: string, extra: Parameters<typeof search>[0] = {}) =>
  (await searchDirectory(forumId, search({ q, ...extra }), t.db)).companies.map((c) => c.name);

describe("searchDirectory: words in four languages", () => {
  it("finds French words, with or without their accents, and plurals by stem", async () => {
    expect(await names("photovoltaïques")).toEqual(["SARL Atlas Solaire"]);
    expect(await names("photovoltaique")).toEqual(["SARL Atlas Solaire"]);
    expect(await names("centrale solaire")).toEqual(["SARL Atlas Solaire"]);
  });

  it("finds Arabic words, whatever the form of the alef", async () => {
    expect(await names("الأدوية")).toEqual(["Saidal Atlas Pharma"]);
    expect(await names("الادوية الجنيسة")).toEqual(["Saidal Atlas Pharma"]);
  });

  it("finds Russian words by stem and by prefix: «агро» finds «агропромышленный»", async () => {
    expect(await names("агро")).toEqual(["ООО «Кубань»"]);
    expect(await names("пшеницу")).toEqual(["ООО «Кубань»"]);
    expect(await names("дженерики")).toEqual(["АО «ВолгаФарм»"]);
  });

  it("finds English words and tolerates typos: «pharmaceutcal»", async () => {
    expect(await names("pharmaceutical")).toEqual(["MedLine Logistics"]);
    expect(await names("pharmaceutcal")).toEqual(["MedLine Logistics"]);
    // The name first; then a company of the logistics sector, whose name is the word.
    expect(await names("logistcs")).toEqual(["MedLine Logistics", "АО «ВолгаФарм»"]);
    expect(await names("Solair")).toEqual(["SARL Atlas Solaire"]);
  });

  it("needs every word, but not stop words, and searches names and cities too", async () => {
    expect(await names("cold chain")).toEqual(["MedLine Logistics"]);
    expect(await names("cold pharma panneaux")).toEqual([]);
    expect(await names("les centrales de l'industrie")).toEqual(["SARL Atlas Solaire"]);
    expect(await names("Казань")).toEqual(["АО «ВолгаФарм»"]);
  });

  it("ranks name matches first, then by relevance, then by name", async () => {
    const result = await searchDirectory(forumId, search({ q: "pharma" }), t.db);
    expect(result.companies.map((c) => [c.name, c.nameMatch])).toEqual([
      ["Saidal Atlas Pharma", true],
      ["MedLine Logistics", false],
      ["АО «ВолгаФарм»", false], // by its sector's name, pharma_health
    ]);
    expect(await names("atlas")).toEqual(["SARL Atlas Solaire", "Saidal Atlas Pharma"]);
  });

  it("ignores what cannot be a word and never fails on odd input", async () => {
    expect(searchWords("  «агро»!! l'énergie & (solaire) | x:* ")).toEqual(["агро", "l", "énergie", "solaire", "x"]);
    expect(await names("':* & | ! \\ ()")).toHaveLength(5);
    expect(await names("zzzzqqqq")).toEqual([]);
  });
});

describe("searchDirectory: across scripts and sectors", () => {
  it("finds a Russian name or city typed in Latin letters, as a name match", async () => {
    const result = await searchDirectory(forumId, search({ q: "Volga" }), t.db);
    expect(result.companies.map((c) => [c.name, c.nameMatch])).toEqual([["АО «ВолгаФарм»", true]]);
    expect(await names("volgafarm")).toEqual(["АО «ВолгаФарм»"]);
    expect(await names("Kuban")).toEqual(["ООО «Кубань»"]);
    expect(await names("Kazan")).toEqual(["АО «ВолгаФарм»"]);
    const id = await fixture.add({ name: "АО «БайкалНейроТех»", country: "RU" });
    expect(await names("Baikal")).toEqual(["АО «БайкалНейроТех»"]);
    expect(await names("Baykal")).toEqual(["АО «БайкалНейроТех»"]);
    await t.db.delete(companies).where(eq(companies.id, id));
  });

  it("finds a Latin name typed in Russian letters, even spelt as it sounds", async () => {
    expect((await names("Атлас")).sort()).toEqual(["SARL Atlas Solaire", "Saidal Atlas Pharma"]);
    const id = await fixture.add({ name: "Sonatrach Petrochimie" });
    expect(await names("Сонатрак")).toEqual(["Sonatrach Petrochimie"]);
    await t.db.delete(companies).where(eq(companies.id, id));
    expect(await names("Сонатрак")).toEqual([]);
  });

  it("finds companies by their sectors' names in every language, and follows a renamed sector", async () => {
    const energy = fixture.sectorIds.get("energy")!;
    expect(await names("renouvelables")).toEqual([]);
    await t.db
      .update(sectors)
      .set({ name: { fr: "Énergies renouvelables", ar: "الطاقات المتجددة", ru: "Возобновляемая энергетика", en: "Renewable energy" } })
      .where(eq(sectors.id, energy));
    expect(await names("énergies renouvelables")).toEqual(["SARL Atlas Solaire"]);
    expect(await names("المتجددة")).toEqual(["SARL Atlas Solaire"]);
    expect(await names("возобновляемая")).toEqual(["SARL Atlas Solaire"]);
    expect(await names("renewable")).toEqual(["SARL Atlas Solaire"]);
    const id = await fixture.add({ name: "Tell Vent", sectors: ["energy"] });
    expect(await names("renewable")).toEqual(["SARL Atlas Solaire", "Tell Vent"]);
    await t.db.delete(companySectors).where(eq(companySectors.companyId, id));
    expect(await names("renewable")).toEqual(["SARL Atlas Solaire"]);
    await t.db.delete(companies).where(eq(companies.id, id));
    await t.db.update(sectors).set({ name: { fr: "energy", en: "energy" } }).where(eq(sectors.id, energy));
    expect(await names("renouvelables")).toEqual([]);
  });
});

describe("searchDirectory: filters, counts, pages", () => {
  it("shows approved companies only, in name order, with counts of each filter value", async () => {
    const result = await searchDirectory(forumId, search(), t.db);
    expect(result.total).toBe(5);
    expect(result.companies.map((c) => c.name)).toEqual([
      "MedLine Logistics",
      "SARL Atlas Solaire",
      "Saidal Atlas Pharma",
      "АО «ВолгаФарм»",
      "ООО «Кубань»",
    ]);
    expect(result.facets.country).toEqual([
      { value: "RU", count: 3 },
      { value: "DZ", count: 2 },
    ]);
    // Every sector of the forum, in the forum's order, with its names.
    expect(result.facets.sector.map((f) => [f.value, f.count])).toEqual([
      ["pharma_health", 2],
      ["agri_food", 1],
      ["energy", 1],
      ["logistics", 2],
    ]);
    expect(result.facets.sector[0]?.name).toEqual({ fr: "pharma_health", en: "pharma_health" });
    expect(result.facets.lookingFor).toContainEqual({ value: "export", count: 2 });
    expect(result.companies.find((c) => c.name === "АО «ВолгаФарм»")).toMatchObject({
      country: "RU",
      city: "Казань",
      sectorCodes: ["pharma_health", "logistics"],
      lookingFor: ["import", "distribution"],
    });
  });

  it("never shows a pending or rejected company, even by its name", async () => {
    expect(await names("Mitidja")).toEqual([]);
    expect(await names("Refusée")).toEqual([]);
    const all = await searchDirectory(forumId, search({ q: "pharma", sector: ["pharma_health"] }), t.db);
    expect(all.companies.map((c) => c.id)).not.toContain(ids.pending);
    // Saidal by its name, ВолгаФарм by its sector: not the pending one.
    expect(all.facets.sector.find((f) => f.value === "pharma_health")?.count).toBe(2);
  });

  it("filters by country, sector and aim, each filter's counts ignoring its own values", async () => {
    const result = await searchDirectory(forumId, search({ country: ["RU"], sector: ["logistics", "agri_food"] }), t.db);
    expect(result.companies.map((c) => c.name)).toEqual(["MedLine Logistics", "АО «ВолгаФарм»", "ООО «Кубань»"]);
    // Countries counted with the sector filter only: no Algerian company is in logistics or agri-food.
    expect(result.facets.country).toEqual([{ value: "RU", count: 3 }]);
    // Sectors counted among the Russian companies, with the sector filter left out.
    expect(result.facets.sector.map((f) => [f.value, f.count])).toEqual([
      ["pharma_health", 1],
      ["agri_food", 1],
      ["energy", 0],
      ["logistics", 2],
    ]);
    const aims = await searchDirectory(forumId, search({ lookingFor: ["import"], q: "atlas" }), t.db);
    expect(aims.companies.map((c) => c.name)).toEqual(["SARL Atlas Solaire"]);
    expect(aims.facets.lookingFor).toContainEqual({ value: "export", count: 1 });
    expect(aims.facets.country).toEqual([{ value: "DZ", count: 1 }]);
  });

  it("pages deterministically, with the total and the number of pages", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => searchDirectory(forumId, search({ page, pageSize: 2 }), t.db)));
    expect(pages.map((p) => p.companies.length)).toEqual([2, 2, 1]);
    expect(pages[0]).toMatchObject({ total: 5, pageCount: 3, page: 1, pageSize: 2 });
    const seen = pages.flatMap((p) => p.companies.map((c) => c.id));
    expect(new Set(seen).size).toBe(5);
    const beyond = await searchDirectory(forumId, search({ page: 9, pageSize: 2 }), t.db);
    expect(beyond).toMatchObject({ companies: [], total: 5, pageCount: 3 });
  });

  it("keeps to one forum", async () => {
    const other = await createFixtureForum(t.db);
    await other.add({ name: "Pharma Elsewhere", sectors: ["pharma_health"] });
    expect(await names("elsewhere")).toEqual([]);
    expect((await searchDirectory(other.forumId, search(), t.db)).total).toBe(1);
  });
});

describe("the search columns follow the profile", () => {
  it("follows offers and needs as they are added, changed and removed", async () => {
    const id = await fixture.add({ name: "Oasis Dattes", offers: ["dattes Deglet Nour"] });
    expect(await names("deglet")).toEqual(["Oasis Dattes"]);
    await t.db.update(companyItems).set({ text: "figues sèches" }).where(eq(companyItems.companyId, id));
    expect(await names("deglet")).toEqual([]);
    expect(await names("figues")).toEqual(["Oasis Dattes"]);
    await t.db.delete(companyItems).where(eq(companyItems.companyId, id));
    expect(await names("figues")).toEqual([]);
    await t.db.delete(companies).where(eq(companies.id, id));
  });

  it("follows sectors, status changes and deletions in the filters and counts", async () => {
    const id = await fixture.add({ name: "Tell Énergie", status: "pending", sectors: ["energy"] });
    const energy = async () =>
      (await searchDirectory(forumId, search({ sector: ["energy"] }), t.db)).companies.map((c) => c.name);
    expect(await energy()).toEqual(["SARL Atlas Solaire"]);
    await t.db.update(companies).set({ status: "approved" }).where(eq(companies.id, id));
    expect(await energy()).toEqual(["SARL Atlas Solaire", "Tell Énergie"]);
    await t.db.delete(companySectors).where(eq(companySectors.companyId, id));
    expect(await energy()).toEqual(["SARL Atlas Solaire"]);
    await t.db.insert(companySectors).values({ companyId: id, sectorId: fixture.sectorIds.get("energy")! });
    expect(await energy()).toEqual(["SARL Atlas Solaire", "Tell Énergie"]);
    await t.db.delete(companies).where(eq(companies.id, id));
    expect(await energy()).toEqual(["SARL Atlas Solaire"]);
  });

  it("keeps the stored counts equal to a fresh count", async () => {
    const stored = rowsOf<{ n: number }>(
      await t.db.execute(sql`select coalesce(sum(companies), 0)::int as n from company_directory_counts where forum_id = ${forumId}`),
    );
    const fresh = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from companies where forum_id = ${forumId} and status = 'approved'`),
    );
    expect(stored[0]?.n).toBe(fresh[0]?.n);
    const zero = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from company_directory_counts where companies <= 0`));
    expect(zero[0]?.n).toBe(0);
  });
});
