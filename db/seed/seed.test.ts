import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { authenticate } from "@/lib/auth/authenticate";
import { createTestDatabase, type TestDatabase } from "../testing";
import { agendaSessions, companies, forumDays, forums, meetingTables, sectors, users } from "../schema";
import { demoAccounts, seedDemo } from ".";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

type Counted = typeof companies | typeof users | typeof forumDays | typeof meetingTables | typeof forums;
const total = async (table: Counted) =>
  (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;

describe("the demo seed", () => {
  it("loads the Algiers forum once, in seconds, and does nothing the second time", async () => {
    const started = Date.now();
    const first = await seedDemo(t.db);
    expect(first.created).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await seedDemo(t.db)).toMatchObject({ created: false });
    expect(await total(forums)).toBe(1);
  });

  it("holds the forum as data: zone, two countries, days, sectors in four languages, tables", async () => {
    const [forum] = await t.db.select().from(forums);
    expect(forum).toMatchObject({ timeZone: "Africa/Algiers", countryA: "DZ", countryB: "RU" });
    expect(await total(forumDays)).toBe(2);
    const sectorRows = await t.db.select().from(sectors);
    expect(sectorRows.length).toBe(8);
    for (const sector of sectorRows) expect(Object.keys(sector.name).sort()).toEqual(["ar", "en", "fr", "ru"]);
    expect(await total(meetingTables)).toBeGreaterThanOrEqual(40);
    const kinds = new Set((await t.db.select({ kind: agendaSessions.kind }).from(agendaSessions)).map((s) => s.kind));
    expect(kinds).toEqual(new Set(["plenary", "panel", "workshop", "break"]));
  });

  it("has about 500 companies split between the two countries, mostly approved", async () => {
    const byCountry = await t.db.select({ country: companies.country, n: count() }).from(companies).groupBy(companies.country);
    expect(byCountry.map((r) => r.country).sort()).toEqual(["DZ", "RU"]);
    for (const row of byCountry) expect(row.n).toBeGreaterThanOrEqual(200);
    const [approved] = await t.db.select({ n: count() }).from(companies).where(eq(companies.status, "approved"));
    expect(approved!.n).toBeGreaterThan(400);
  });

  it("lets every demo account sign in with the password the README prints", async () => {
    for (const account of demoAccounts) {
      const user = await authenticate({ email: account.email, password: account.password }, t.db);
      expect(user?.role, account.email).toBe(account.role);
    }
  });
});
