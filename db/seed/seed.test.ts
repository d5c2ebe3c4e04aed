import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray, ne, notExists } from "drizzle-orm";
import { authenticate } from "@/lib/auth/authenticate";
import { createTestDatabase, type TestDatabase } from "../testing";
import { listMeetingsOfUser } from "../schedule";
import { agendaSessions, companies, forumDays, forums, meetingAttendees, meetingRequests, meetings, meetingTables, sectors, sessionBookmarks, slots, unavailabilities, users } from "../schema";
import { demoRequestsToBook } from "./demo-meetings";
import { planWaitingRequests } from "./demo-waiting-plan";
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

  it("books demo meetings for the demo accounts, never between the pairs the journeys use", async () => {
    const byEmail = async (name: string) => (await t.db.select().from(users).where(eq(users.email, `${name}@demo.passerelle.test`)))[0]!;
    const [ivan, amina, elena, karim] = await Promise.all(["ivan.petrov", "amina.benali", "elena.smirnova", "karim.haddad"].map(byEmail));
    const ivanMeetings = await listMeetingsOfUser(ivan!.id, {}, t.db);
    expect(ivanMeetings.map((m) => m.day)).toEqual(["2026-12-08", "2026-12-08", "2026-12-08", "2026-12-09"]);
    expect(ivanMeetings[0]!.startsAt.toISOString()).toBe("2026-12-08T09:00:00.000Z");
    for (const m of ivanMeetings) expect(m.partner.country).toBe("DZ");
    // One partner shares no language with Ivan's company, to show the interpreter flag.
    expect(ivanMeetings.map((m) => m.interpreterNeeded)).toEqual([false, false, true, false]);
    expect(await listMeetingsOfUser(amina!.id, {}, t.db)).toHaveLength(2);
    expect(await listMeetingsOfUser(elena!.id, {}, t.db)).toHaveLength(2);
    expect(await listMeetingsOfUser(karim!.id, {}, t.db)).toHaveLength(1);
    expect((await t.db.select({ n: count() }).from(meetings))[0]!.n).toBe(9);
    // Each meeting has an accepted request, a table, and its delegates seated; two more
    // accepted requests wait for their delegates to book, the others for the auto-scheduler.
    const accepted = await t.db.select({ n: count() }).from(meetingRequests).where(eq(meetingRequests.status, "accepted"));
    expect(accepted[0]!.n).toBe(11 + planWaitingRequests().requests.length);
    for (const name of ["delegate.0255.1", "delegate.0260.1"]) {
      const who = await byEmail(name);
      const [request] = await t.db.select().from(meetingRequests).where(eq(meetingRequests.fromCompanyId, who!.companyId!));
      expect(request, name).toMatchObject({ status: "accepted" });
      expect(await listMeetingsOfUser(who!.id, {}, t.db)).toHaveLength(0);
    }
    const open = await t.db.select({ n: count() }).from(meetingRequests).where(ne(meetingRequests.status, "accepted"));
    expect(open[0]!.n).toBe(0);
    const pairs = [[ivan!, amina!], [elena!, karim!]] as const;
    for (const [a, b] of pairs) {
      const shared = await t.db
        .select({ n: count() })
        .from(meetingRequests)
        .where(and(inArray(meetingRequests.fromCompanyId, [a.companyId!, b.companyId!]), inArray(meetingRequests.toCompanyId, [a.companyId!, b.companyId!])));
      expect(shared[0]!.n).toBe(0);
    }
    const seated = await t.db.select({ n: count() }).from(meetingAttendees).where(eq(meetingAttendees.userId, ivan!.id));
    expect(seated[0]!.n).toBe(4);
    const bookmarks = await t.db.select({ n: count() }).from(sessionBookmarks).where(eq(sessionBookmarks.userId, ivan!.id));
    expect(bookmarks[0]!.n).toBe(3);
  });

  it("leaves accepted requests without a meeting for the auto-scheduler, some of them impossible to place", async () => {
    const plan = planWaitingRequests();
    const waiting = await t.db
      .select({ n: count() })
      .from(meetingRequests)
      .where(and(eq(meetingRequests.status, "accepted"), notExists(t.db.select().from(meetings).where(eq(meetings.requestId, meetingRequests.id)))));
    expect(waiting[0]!.n).toBe(plan.requests.length + demoRequestsToBook.length);
    expect(plan.requests.length).toBeGreaterThanOrEqual(300);
    const karim = (await t.db.select().from(users).where(eq(users.email, "karim.haddad@demo.passerelle.test")))[0]!;
    const karimWaiting = await t.db
      .select({ n: count() })
      .from(meetingRequests)
      .where(and(eq(meetingRequests.toCompanyId, karim.companyId!), notExists(t.db.select().from(meetings).where(eq(meetings.requestId, meetingRequests.id)))));
    expect(karimWaiting[0]!.n).toBe(plan.karimPartners.length);
    const blocked = await t.db.select({ n: count() }).from(unavailabilities).innerJoin(users, eq(users.id, unavailabilities.userId)).where(inArray(users.email, plan.blockedEverywhere));
    expect(blocked[0]!.n).toBe(plan.blockedEverywhere.length * (await t.db.select({ n: count() }).from(slots))[0]!.n);
  });
});
