import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRequestsToBook } from "@/db/seed/demo-meetings";
import { planWaitingRequests } from "@/db/seed/demo-waiting-plan";
import { and, asc, eq } from "drizzle-orm";
import { companies, companySectors, forums, meetingRequests, meetings, users } from "./schema";
import { seedDemo } from "./seed";
import { createTestDatabase, type TestDatabase } from "./testing";
import { cancelMeetingRow } from "./meetings";
import { getDashboardFigures } from "./oversight";
import { insertRequest, transitionRequest } from "./requests";

let t: TestDatabase;
let forumId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;

  // Requests in every status beside the seed's accepted ones, and a cancelled meeting whose
  // request is left accepted: the figures must tell each apart.
  const algerian = await t.db.select().from(companies).where(and(eq(companies.country, "DZ"), eq(companies.status, "approved"))).orderBy(asc(companies.name)).limit(6);
  const russian = await t.db.select().from(companies).where(and(eq(companies.country, "RU"), eq(companies.status, "approved"))).orderBy(asc(companies.name)).limit(6);
  const [creator] = await t.db.select().from(users).where(eq(users.companyId, algerian[0]!.id)).limit(1);
  const plan = ["open", "open", "declined", "cancelled", "accepted", "accepted"] as const;
  for (const [i, status] of plan.entries()) {
    const request = await insertRequest({ forumId, fromCompanyId: algerian[i]!.id, toCompanyId: russian[i]!.id, createdBy: creator!.id, message: "" }, t.db);
    if (status !== "open") await transitionRequest(request.id, ["open"], { status }, t.db);
  }
  const [someMeeting] = await t.db.select().from(meetings).limit(1);
  await cancelMeetingRow(someMeeting!.id, t.db);
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe("the dashboard figures", () => {
  it("count companies by status, and approved ones by country and by sector, as the rows say", async () => {
    const figures = await getDashboardFigures(forumId, t.db);
    const all = await t.db.select().from(companies).where(eq(companies.forumId, forumId));
    const approved = all.filter((c) => c.status === "approved");
    expect(figures.companies).toEqual({
      pending: all.filter((c) => c.status === "pending").length,
      approved: approved.length,
      rejected: all.filter((c) => c.status === "rejected").length,
    });
    expect(figures.companies.approved).toBeGreaterThan(100);
    expect(figures.companies.pending).toBeGreaterThan(0);

    const countries = new Map<string, number>();
    for (const c of approved) countries.set(c.country, (countries.get(c.country) ?? 0) + 1);
    expect(Object.fromEntries(figures.approvedByCountry.map((r) => [r.country, r.n]))).toEqual(Object.fromEntries(countries));

    const links = await t.db.select({ companyId: companySectors.companyId, sectorId: companySectors.sectorId }).from(companySectors);
    const approvedIds = new Set(approved.map((c) => c.id));
    const sectors = new Map<string, number>();
    for (const l of links) if (approvedIds.has(l.companyId)) sectors.set(l.sectorId, (sectors.get(l.sectorId) ?? 0) + 1);
    expect(Object.fromEntries(figures.approvedBySector.map((r) => [r.sectorId, r.n]))).toEqual(Object.fromEntries(sectors));
    expect(figures.approvedBySector.length).toBeGreaterThan(3);
  });

  it("count requests by status, meetings booked and cancelled, and accepted requests without a meeting", async () => {
    const figures = await getDashboardFigures(forumId, t.db);
    const requests = await t.db.select().from(meetingRequests);
    const allMeetings = await t.db.select().from(meetings);
    const of = (s: string) => requests.filter((r) => r.status === s).length;
    expect(figures.requests).toEqual({ open: of("open"), accepted: of("accepted"), declined: of("declined"), cancelled: of("cancelled"), expired: 0 });
    expect(figures.requests).toMatchObject({ open: 2, declined: 1, cancelled: 1 });
    const live = allMeetings.filter((m) => m.status !== "cancelled");
    expect(figures.meetings.scheduled).toBe(live.length);
    expect(figures.meetings.cancelled).toBe(1);
    const placed = new Set(live.map((m) => m.requestId));
    const unplaced = requests.filter((r) => r.status === "accepted" && !placed.has(r.id)).length;
    // Two accepted requests never booked, one whose meeting was cancelled, and those the demo
    // leaves waiting (for their delegates to book, or for the auto-scheduler).
    expect(unplaced).toBe(3 + demoRequestsToBook.length + planWaitingRequests().requests.length);
    expect(figures.unplaced).toBe(unplaced);
  });

  it("count nothing for a forum of no one", async () => {
    const figures = await getDashboardFigures("00000000-0000-4000-8000-000000000000", t.db);
    expect(figures.companies).toEqual({ pending: 0, approved: 0, rejected: 0 });
    expect(figures.unplaced).toBe(0);
    expect(figures.approvedBySector).toEqual([]);
  });
});
