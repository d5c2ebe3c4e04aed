import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { openPostgres, rowsOf, type Database } from "@/db/client";
import { companies, forums, meetingAttendees, meetingRequests, meetings, meetingTables, slots, unavailabilities, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { bookMeeting, freeSlotsForRequest } from "./book";
import { cancelMeeting, moveMeeting } from "./change";

let t: TestDatabase;
let second: { db: Database; close(): Promise<void> } | null = null;
let forumId: string;
let amina: User;
let ivan: User;
let dzApproved: string[];
let ruApproved: string[];

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const accepted = async (from: string, to: string) =>
  (await t.db.insert(meetingRequests).values({ forumId, fromCompanyId: from, toCompanyId: to, status: "accepted" }).returning())[0]!;
const allSlots = async () => t.db.select().from(slots).orderBy(asc(slots.startsAt));
const delegateOf = async (companyId: string) => (await t.db.select().from(users).where(eq(users.companyId, companyId)))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;
  await t.db.update(forums).set({ meetingCap: 200 });
  amina = await byEmail("amina.benali@demo.passerelle.test");
  ivan = await byEmail("ivan.petrov@demo.passerelle.test");
  const approved = (country: string) =>
    t.db.select({ id: companies.id }).from(companies).where(and(eq(companies.country, country), eq(companies.status, "approved"))).orderBy(asc(companies.name));
  dzApproved = (await approved("DZ")).map((c) => c.id).filter((id) => id !== amina.companyId);
  ruApproved = (await approved("RU")).map((c) => c.id).filter((id) => id !== ivan.companyId);
  // A second pool plays a second app instance on the same server.
  if (t.url) second = openPostgres(t.url, 10);
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetings);
  await t.db.delete(unavailabilities);
  await t.db.delete(meetingRequests);
  await t.db.update(meetingTables).set({ active: true });
});

describe("slots", () => {
  it("are cut from the B2B hours around blocking sessions, in the forum's zone", async () => {
    const all = await allSlots();
    expect(all.length).toBeGreaterThan(10);
    const first = new Intl.DateTimeFormat("fr", { timeZone: "Africa/Algiers", hour: "2-digit", minute: "2-digit" }).format(all[0]!.startsAt);
    expect(first).toBe("10:00");
    for (const slot of all) expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(30 * 60_000);
  });
});

describe("booking an accepted request", () => {
  it("books a free slot with a table, marks an interpreter need, and frees nothing twice", async () => {
    const request = await accepted(amina.companyId!, ivan.companyId!);
    const free = await freeSlotsForRequest(ivan, request.id, t.db);
    const meeting = await bookMeeting(ivan, { requestId: request.id, slotId: free[0]!.id }, t.db);
    expect(meeting).toMatchObject({ status: "scheduled", slotId: free[0]!.id, sequence: 0 });
    // Amina speaks ar, fr, en and Ivan ru, en: English is common.
    expect(meeting.interpreterNeeded).toBe(false);
    const attendees = await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meeting.id));
    expect(attendees.map((a) => a.userId)).toEqual(expect.arrayContaining([amina.id, ivan.id]));
    expect((await freeSlotsForRequest(ivan, request.id, t.db)).map((s) => s.id)).not.toContain(free[0]!.id);
    await expect(bookMeeting(amina, { requestId: request.id, slotId: free[1]!.id }, t.db)).rejects.toMatchObject({ code: "alreadyBooked", status: 409 });
  });

  it("refuses an outsider, an unaccepted request and a slot a delegate blocked", async () => {
    const request = await accepted(amina.companyId!, ivan.companyId!);
    const [slot, other] = await allSlots();
    const karim = await byEmail("karim.haddad@demo.passerelle.test");
    await expect(bookMeeting(karim, { requestId: request.id, slotId: slot!.id }, t.db)).rejects.toMatchObject({ status: 404 });
    await t.db.insert(unavailabilities).values({ userId: ivan.id, slotId: slot!.id, during: slot!.during });
    expect((await freeSlotsForRequest(amina, request.id, t.db)).map((s) => s.id)).not.toContain(slot!.id);
    await expect(bookMeeting(amina, { requestId: request.id, slotId: slot!.id }, t.db)).rejects.toMatchObject({ code: "attendeeUnavailable" });
    const open = (await t.db.insert(meetingRequests).values({ forumId, fromCompanyId: dzApproved[0]!, toCompanyId: ivan.companyId! }).returning())[0]!;
    await expect(bookMeeting(ivan, { requestId: open.id, slotId: other!.id }, t.db)).rejects.toMatchObject({ code: "requestNotAccepted" });
  });

  it("refuses a meeting with a company rejected since it accepted, from either side", async () => {
    const partner = ruApproved[0]!;
    const request = await accepted(amina.companyId!, partner);
    const [slot] = await allSlots();
    await t.db.update(companies).set({ status: "rejected", rejectionReason: "Doublon" }).where(eq(companies.id, partner));
    try {
      await expect(freeSlotsForRequest(amina, request.id, t.db)).rejects.toMatchObject({ code: "partnerNotApproved", status: 409 });
      await expect(bookMeeting(amina, { requestId: request.id, slotId: slot!.id }, t.db)).rejects.toMatchObject({ code: "partnerNotApproved" });
      expect(await t.db.select().from(meetings).where(eq(meetings.requestId, request.id))).toEqual([]);
    } finally {
      await t.db.update(companies).set({ status: "approved", rejectionReason: null }).where(eq(companies.id, partner));
    }
  });

  it("moves a meeting (raising its sequence) and cancels it, freeing the slot", async () => {
    const request = await accepted(amina.companyId!, ivan.companyId!);
    const [a, b] = await allSlots();
    const booked = await bookMeeting(amina, { requestId: request.id, slotId: a!.id }, t.db);
    const moved = await moveMeeting(ivan, { meetingId: booked.id, slotId: b!.id }, t.db);
    expect(moved).toMatchObject({ slotId: b!.id, sequence: 1 });
    const [attendee] = await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, booked.id));
    expect(attendee!.during).toBe(b!.during);
    const cancelled = await cancelMeeting(amina, { meetingId: booked.id }, t.db);
    expect(cancelled).toMatchObject({ status: "cancelled", sequence: 2 });
    const again = await bookMeeting(amina, { requestId: request.id, slotId: b!.id }, t.db);
    expect(again.status).toBe("scheduled");
  });
});

describe("the database holds the rules under races", () => {
  it("lets exactly one of 50 bookings for one delegate's slot through, across two instances", async () => {
    const requests = await Promise.all(ruApproved.slice(0, 50).map((ru) => accepted(amina.companyId!, ru)));
    const [slot] = await allSlots();
    const dbs = [t.db, second?.db ?? t.db];
    const results = await Promise.allSettled(requests.map((r, i) => bookMeeting(amina, { requestId: r.id, slotId: slot!.id }, dbs[i % 2]!)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    const overlaps = rowsOf<{ n: number | string }>(
      await t.db.execute(
        sql`select count(*) as n from meeting_attendees a join meeting_attendees b
          on a.user_id = b.user_id and a.meeting_id < b.meeting_id and a.active and b.active and a.during && b.during`,
      ),
    );
    expect(Number(overlaps[0]!.n)).toBe(0);
  });

  it("lets exactly one of 50 bookings for the last free table of a slot through, across two instances", async () => {
    const tables = await t.db.select().from(meetingTables).orderBy(asc(meetingTables.number));
    await t.db.update(meetingTables).set({ active: false }).where(ne(meetingTables.id, tables[0]!.id));
    const requests = await Promise.all(dzApproved.slice(0, 50).map((dz, i) => accepted(dz, ruApproved[i]!)));
    const [, slot] = await allSlots();
    const dbs = [t.db, second?.db ?? t.db];
    const results = await Promise.allSettled(
      requests.map(async (r, i) => bookMeeting(await delegateOf(r.fromCompanyId), { requestId: r.id, slotId: slot!.id }, dbs[i % 2]!)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    const inSlot = await t.db.select().from(meetings).where(and(eq(meetings.slotId, slot!.id), ne(meetings.status, "cancelled")));
    expect(inSlot).toHaveLength(1);
  });

  it("refuses in the database a second meeting at one table and time, and a block over a meeting", async () => {
    const [r1, r2] = [await accepted(amina.companyId!, ivan.companyId!), await accepted(dzApproved[0]!, ruApproved[0]!)];
    const [slot] = await allSlots();
    const booked = await bookMeeting(amina, { requestId: r1.id, slotId: slot!.id }, t.db);
    await expect(
      t.db.insert(meetings).values({
        forumId, requestId: r2.id, slotId: slot!.id, tableId: booked.tableId, during: slot!.during,
        companyAId: r2.fromCompanyId, companyBId: r2.toCompanyId,
      }),
    ).rejects.toThrow();
    await expect(t.db.insert(unavailabilities).values({ userId: ivan.id, slotId: slot!.id, during: slot!.during })).rejects.toThrow();
    const [later] = (await allSlots()).slice(-1);
    await expect(
      t.db.insert(meetings).values({
        forumId, requestId: r2.id, slotId: later!.id, tableId: booked.tableId, during: slot!.during,
        companyAId: r2.fromCompanyId, companyBId: r2.toCompanyId,
      }),
    ).rejects.toThrow();
  });
});
