import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { getCompanyProfile } from "@/db/companies";
import { companies, companyItems, companySectors, type Forum, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { companyInputSchema, createCompanyFormSchema } from "@/lib/schemas/company";
import { createCompany, updateCompany } from "./company-profile";
import { companyInput, makeForum, makeUser } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
beforeAll(async () => {
  t = await createTestDatabase();
  forum = await makeForum(t.db);
});
afterAll(async () => {
  await t?.close();
});

/** The user as the next request would see them (getCurrentUser reads the row afresh). */
const fresh = async (user: User) => (await findUserById(user.id, t.db))!;

async function companyWithMainContact(name = "Company") {
  const user = await makeUser(t.db, name);
  const company = await createCompany(user, forum, companyInput({ name }), t.db);
  return { company, user: await fresh(user) };
}

describe("createCompany", () => {
  it("creates a pending company in the forum, with its sectors and items, and makes the user its main contact", async () => {
    const user = await makeUser(t.db);
    const company = await createCompany(user, forum, companyInput({ sectors: ["energy", "logistics"] }), t.db);
    expect(company).toMatchObject({ status: "pending", forumId: forum.id, name: "SARL Test Énergie", country: "DZ" });
    const profile = await getCompanyProfile(company.id, t.db);
    expect(profile?.sectorCodes).toEqual(["energy", "logistics"]);
    expect(profile?.items).toEqual([
      { kind: "need", text: "onduleurs", sectorCode: "energy" },
      { kind: "offer", text: "centrales solaires clé en main", sectorCode: "energy" },
    ]);
    expect(await fresh(user)).toMatchObject({ companyId: company.id, isMainContact: true });
  });

  it("refuses a user who already belongs to a company, on the server", async () => {
    const { user } = await companyWithMainContact("Déjà là");
    await expect(createCompany(user, forum, companyInput({ name: "Second" }), t.db)).rejects.toMatchObject({ code: "alreadyInCompany", status: 409 });
  });

  it("lets only one of two simultaneous creations by one user through, and leaves no orphan company", async () => {
    const user = await makeUser(t.db);
    const name = `Race ${user.id}`;
    const results = await Promise.allSettled([
      createCompany(user, forum, companyInput({ name }), t.db),
      createCompany(user, forum, companyInput({ name }), t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [row] = await t.db.select({ n: count() }).from(companies).where(eq(companies.name, name));
    expect(row?.n).toBe(1);
  });

  it("refuses a country or a sector that is not the forum's, writing nothing", async () => {
    const user = await makeUser(t.db);
    await expect(createCompany(user, forum, companyInput({ name: "Pays", country: "FR" }), t.db)).rejects.toMatchObject({ code: "invalidChoice", field: "country" });
    await expect(createCompany(user, forum, companyInput({ name: "Secteur", sectors: ["space"] }), t.db)).rejects.toMatchObject({ field: "sectors" });
    const needs = [{ text: "un partenaire", sector: "space" }];
    await expect(createCompany(user, forum, companyInput({ name: "Article", needs }), t.db)).rejects.toMatchObject({ field: "needs" });
    const [row] = await t.db.select({ n: count() }).from(companies).where(sql`${companies.name} in ('Pays', 'Secteur', 'Article')`);
    expect(row?.n).toBe(0);
    expect((await fresh(user)).companyId).toBeNull();
  });

  it("refuses an organiser", async () => {
    const organiser = { ...(await makeUser(t.db)), role: "organiser" as const };
    await expect(createCompany(organiser, forum, companyInput(), t.db)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("updateCompany", () => {
  it("saves the delegate's own company and replaces its sectors and items as a set", async () => {
    const { company, user } = await companyWithMainContact("Own");
    const input = companyInput({
      name: "Own renamed",
      sectors: ["pharma_health"],
      offers: [
        { text: "génériques", sector: "pharma_health" },
        { text: "entrepôts froids", sector: "logistics" },
      ],
      needs: [],
    });
    const updated = await updateCompany(user, forum, { ...input, companyId: company.id }, t.db);
    expect(updated.name).toBe("Own renamed");
    const profile = await getCompanyProfile(company.id, t.db);
    expect(profile?.sectorCodes).toEqual(["pharma_health"]);
    expect(profile?.items.map((i) => [i.kind, i.text])).toEqual([
      ["offer", "génériques"],
      ["offer", "entrepôts froids"],
    ]);
  });

  it("refuses a replayed request naming another company (403), and writes nothing to it", async () => {
    const victim = await companyWithMainContact("Victim");
    const attacker = await companyWithMainContact("Attacker");
    const before = await getCompanyProfile(victim.company.id, t.db);
    const forged = { ...companyInput({ name: "Hijacked", sectors: ["logistics"], offers: [], needs: [] }), companyId: victim.company.id };
    await expect(updateCompany(attacker.user, forum, forged, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    expect(await getCompanyProfile(victim.company.id, t.db)).toEqual(before);
  });

  it("puts a rejected company back in the queue, and keeps an approved one approved", async () => {
    const { company, user } = await companyWithMainContact("Rejected");
    await t.db.update(companies).set({ status: "rejected", rejectionReason: "Description vide" }).where(eq(companies.id, company.id));
    const resubmitted = await updateCompany(user, forum, { ...companyInput({ name: "Rejected" }), companyId: company.id }, t.db);
    expect(resubmitted).toMatchObject({ status: "pending", rejectionReason: null });

    await t.db.update(companies).set({ status: "approved" }).where(eq(companies.id, company.id));
    const edited = await updateCompany(user, forum, { ...companyInput({ name: "Rejected then approved" }), companyId: company.id }, t.db);
    expect(edited.status).toBe("approved");
  });

  it("leaves the company whole when an item is refused by the database mid-way", async () => {
    const { company, user } = await companyWithMainContact("Atomic");
    const before = await getCompanyProfile(company.id, t.db);
    // Past zod (as a direct caller could be), an item of 201 characters breaks the table's check
    // after the fields and sectors were already written in the transaction.
    const input = companyInput({ name: "Atomic changed", sectors: ["logistics"], offers: [{ text: "x".repeat(201), sector: "energy" }] });
    await expect(updateCompany(user, forum, { ...input, companyId: company.id }, t.db)).rejects.toThrow();
    expect(await getCompanyProfile(company.id, t.db)).toEqual(before);
  });

  it("is refused to a user whose company is another, even with every field valid", async () => {
    const { company } = await companyWithMainContact("Alone");
    const outsider = await makeUser(t.db);
    await expect(updateCompany(outsider, forum, { ...companyInput(), companyId: company.id }, t.db)).rejects.toMatchObject({ status: 403 });
    await expect(updateCompany(null, forum, { ...companyInput(), companyId: company.id }, t.db)).rejects.toMatchObject({ status: 401 });
  });
});

describe("the company form schema", () => {
  const form = (extra: Record<string, string> = {}) => ({
    name: "Atlas",
    country: "dz",
    city: "Oran",
    "sectors.energy": "on",
    "lookingFor.export": "on",
    description: "",
    website: "atlas.dz",
    size: "",
    "offers.0.text": "panneaux",
    "offers.0.sector": "energy",
    "offers.1.text": "",
    "offers.1.sector": "",
    ...extra,
  });

  it("reads one name per choice and per row, drops empty rows, and completes a bare domain", () => {
    const parsed = createCompanyFormSchema.parse(form());
    expect(parsed).toMatchObject({
      country: "DZ",
      sectors: ["energy"],
      lookingFor: ["export"],
      website: "https://atlas.dz",
      size: null,
      offers: [{ text: "panneaux", sector: "energy" }],
      needs: [],
    });
  });

  it("refuses other schemes than http(s), with a message key", () => {
    for (const website of ["javascript:alert(1)", "ftp://atlas.dz", "http://", "data:text/html,x"]) {
      const result = createCompanyFormSchema.safeParse(form({ website }));
      expect(result.success, website).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toContain("invalidUrl");
    }
  });

  it("puts each item's error on that row's own field, and bounds every length", () => {
    const result = createCompanyFormSchema.safeParse(
      form({ "offers.1.text": "x", "offers.1.sector": "energy", "needs.3.text": "un besoin", "needs.3.sector": "", name: "A".repeat(161), description: "d".repeat(4001) }),
    );
    const paths = result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(["offers.1.text:tooShort", "needs.3.sector:itemSectorRequired", "name:tooLong", "description:tooLong"]));
  });

  it("refuses more than ten items of a kind, no sector, and an unknown looking-for", () => {
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [[`needs.${i}.text`, `besoin ${i}`], [`needs.${i}.sector`, "energy"]]).flat());
    expect(createCompanyFormSchema.safeParse(form(many)).error?.issues.map((i) => i.message)).toContain("tooManyItems");
    const bare = form();
    delete (bare as Record<string, string>)["sectors.energy"];
    expect(createCompanyFormSchema.safeParse(bare).error?.issues.map((i) => i.message)).toContain("chooseSector");
    expect(createCompanyFormSchema.safeParse(form({ "lookingFor.world_domination": "on" })).success).toBe(false);
  });

  it("accepts data as an API client would send it", () => {
    expect(companyInputSchema.safeParse({ ...companyInput(), offers: [], needs: [] }).success).toBe(true);
  });
});

describe("what the database holds after all this", () => {
  it("has no company without a main contact, and no item or sector row without its company", async () => {
    const orphans = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from companies c where not exists (select 1 from users u where u.company_id = c.id and u.is_main_contact)`),
    );
    expect(orphans[0]?.n).toBe(0);
    const [items] = await t.db.select({ n: count() }).from(companyItems);
    const [links] = await t.db.select({ n: count() }).from(companySectors);
    expect(items?.n).toBeGreaterThan(0);
    expect(links?.n).toBeGreaterThan(0);
  });
});
