import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreeSlots, insertMeeting } from "@/db/meetings";
import { listSeatedDelegates } from "@/db/meeting-grid";
import { listMeetingsOfUser, listPartnerDelegates } from "@/db/schedule";
import { companies, meetingAttendees, meetingRequests, meetings, users, type Forum, type Meeting, type Slot, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById, insertUser } from "@/db/users";
import { readDataStamp } from "@/lib/page-cache/stamp";
import { leaveCompany, removeDelegate } from "./delegates";
import { makeForum, makeMorning } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
/** Four half-hour slots on the first forum day, 10:00 to 12:00 in Algiers. */
let day: Slot[];
let tableId: string;
/** 10:40 in Algiers: the first slot has ended, the second is under way, two are to come. */
const now = new Date("2026-12-08T09:40:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  forum = await makeForum(t.db);
  // A second table stays free, so a slot is free for whoever has no meeting then.
  const morning = await makeMorning(t.db, forum, { tables: [1, 2], count: 4 });
  tableId = morning.tableIds[0]!;
  day = morning.day;
});
afterAll(async () => {
  await t?.close();
});

const fresh = async (user: User) => (await findUserById(user.id, t.db))!;
let counter = 0;

async function company(country: string, names: string[]) {
  counter += 1;
  const [row] = await t.db
    .insert(companies)
    .values({ forumId: forum.id, name: `${country} company ${counter}`, country, city: "Alger", status: "approved" })
    .returning();
  const people: User[] = [];
  for (const [i, name] of names.entries()) {
    people.push(await insertUser({ email: `${counter}.${i}@leave.test`, fullName: name, companyId: row!.id, isMainContact: i === 0 }, t.db));
  }
  return { id: row!.id, people };
}

/**
 * A company with its main contact and two delegates, and four meetings with four partners
 * on one table: the first over, the second under way and held, two to come. Each
 * seats everyone (as booking does), except `seatOnly` for the last one.
 */
async function forumWithMeetings() {
  await t.db.delete(meetings);
  const own = await company("DZ", ["Main Contact", "Delegate One", "Delegate Two"]);
  const [main, one, two] = own.people as [User, User, User];
  const list: Meeting[] = [];
  let partner = own;
  for (const [i, slot] of day.entries()) {
    // One live request per pair of companies: a partner for each meeting.
    partner = await company("RU", ["Партнёр"]);
    const [request] = await t.db
      .insert(meetingRequests)
      .values({ forumId: forum.id, fromCompanyId: own.id, toCompanyId: partner.id, status: "accepted" })
      .returning();
    const seated = i === 3 ? [one] : own.people;
    const meeting = await insertMeeting(
      {
        forumId: forum.id,
        requestId: request!.id,
        slotId: slot.id,
        tableId,
        companyAId: own.id,
        companyBId: partner.id,
        attendees: [...seated.map((u) => ({ userId: u.id, companyId: own.id })), { userId: partner.people[0]!.id, companyId: partner.id }],
      },
      t.db,
    );
    list.push(meeting);
  }
  await t.db.update(meetings).set({ status: "held" }).where(eq(meetings.id, list[1]!.id));
  return { companyId: own.id, main, one, two, lastPartnerDelegate: partner.people[0]!, meetings: list };
}

const seatsOf = async (user: User) =>
  (await t.db.select({ meetingId: meetingAttendees.meetingId }).from(meetingAttendees).where(eq(meetingAttendees.userId, user.id))).map((r) => r.meetingId).sort();

describe("removing a delegate", () => {
  it("takes them off the meetings to come, keeps the ones over or held, and cancels none", async () => {
    const f = await forumWithMeetings();
    const [past, held, next, last] = f.meetings as [Meeting, Meeting, Meeting, Meeting];
    await removeDelegate(f.main, { companyId: f.companyId, delegateId: f.one.id }, t.db, now);

    expect(await fresh(f.one)).toMatchObject({ companyId: null });
    expect(await seatsOf(f.one)).toEqual([past.id, held.id].sort());
    // Colleagues keep their seats; every meeting keeps its status.
    expect(await seatsOf(f.two)).toEqual([past.id, held.id, next.id].sort());
    const statuses = await t.db.select({ id: meetings.id, status: meetings.status }).from(meetings);
    expect(new Map(statuses.map((m) => [m.id, m.status]))).toEqual(
      new Map([
        [past.id, "scheduled"],
        [held.id, "held"],
        [next.id, "scheduled"],
        [last.id, "scheduled"],
      ]),
    );
    // The record still names them at the meeting that is over.
    expect((await listSeatedDelegates([past.id], t.db, { evenFreed: true })).map((d) => d.fullName)).toContain("Delegate One");
    expect((await listSeatedDelegates([next.id, last.id], t.db, { evenFreed: true })).map((d) => d.fullName)).not.toContain("Delegate One");
    // Their hours are free again, for a new company's meetings; a colleague's are not.
    const free = (await findFreeSlots(forum.id, [f.one.id], t.db)).map((s) => s.id);
    expect(free).toEqual(expect.arrayContaining([next.slotId, last.slotId]));
    expect((await findFreeSlots(forum.id, [f.two.id], t.db)).map((s) => s.id)).not.toContain(next.slotId);
  });

  it("leaves their schedule (page, API, calendar) without any of the company's meetings", async () => {
    const f = await forumWithMeetings();
    expect(await listMeetingsOfUser(f.one.id, {}, t.db)).toHaveLength(4);
    const stamp = await readDataStamp(t.db);
    await removeDelegate(f.main, { companyId: f.companyId, delegateId: f.one.id }, t.db, now);
    // The page cache keys "my schedule" by this stamp: their cached page is never served again.
    expect(await readDataStamp(t.db)).not.toBe(stamp);
    expect(await listMeetingsOfUser(f.one.id, {}, t.db)).toEqual([]);
    expect(await listMeetingsOfUser(f.one.id, { includeCancelled: true }, t.db)).toEqual([]);
    expect(await listMeetingsOfUser(f.main.id, {}, t.db)).toHaveLength(3);
  });

  it("leaves a meeting where nobody of the company is seated booked, and its partner reads that no delegate is named", async () => {
    const f = await forumWithMeetings();
    const last = f.meetings[3]!;
    await removeDelegate(f.main, { companyId: f.companyId, delegateId: f.one.id }, t.db, now);
    const [partnerView] = (await listMeetingsOfUser(f.lastPartnerDelegate.id, {}, t.db)).filter((m) => m.id === last.id);
    expect(partnerView).toMatchObject({ status: "scheduled" });
    expect((await listPartnerDelegates([partnerView!], t.db)).get(last.id)).toBeUndefined();
  });

  it("is harmless when two removals of the same delegate race", async () => {
    const f = await forumWithMeetings();
    const target = { companyId: f.companyId, delegateId: f.one.id };
    const results = await Promise.allSettled([removeDelegate(f.main, target, t.db, now), removeDelegate(f.main, target, t.db, now)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "notFound" } });
    expect(await seatsOf(f.one)).toEqual([f.meetings[0]!.id, f.meetings[1]!.id].sort());
    expect(await fresh(f.one)).toMatchObject({ companyId: null });
  });
});

describe("leaving a company", () => {
  it("lets a delegate leave, off the meetings to come", async () => {
    const f = await forumWithMeetings();
    await leaveCompany(f.two, { companyId: f.companyId }, t.db, now);
    expect(await fresh(f.two)).toMatchObject({ companyId: null, isMainContact: false });
    expect(await seatsOf(f.two)).toEqual([f.meetings[0]!.id, f.meetings[1]!.id].sort());
    expect(await listMeetingsOfUser(f.two.id, {}, t.db)).toEqual([]);
    expect(await listMeetingsOfUser(f.main.id, {}, t.db)).toHaveLength(3);
  });

  it("refuses the main contact, who must hand the role over first", async () => {
    const f = await forumWithMeetings();
    await expect(leaveCompany(f.main, { companyId: f.companyId }, t.db, now)).rejects.toMatchObject({ code: "mainContactCannotLeave", status: 409 });
    expect(await fresh(f.main)).toMatchObject({ companyId: f.companyId, isMainContact: true });
    expect(await seatsOf(f.main)).toHaveLength(3);
  });

  it("refuses someone naming a company they are not in, and someone signed out", async () => {
    const f = await forumWithMeetings();
    const other = await company("RU", ["Другой"]);
    await expect(leaveCompany(other.people[0]!, { companyId: f.companyId }, t.db, now)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(leaveCompany(null, { companyId: f.companyId }, t.db, now)).rejects.toMatchObject({ status: 401 });
    const members = await t.db.select().from(users).where(eq(users.companyId, f.companyId));
    expect(members).toHaveLength(3);
  });

  it("refuses a second leave sent at once (a double click), and keeps the record", async () => {
    const f = await forumWithMeetings();
    const results = await Promise.allSettled([
      leaveCompany(f.one, { companyId: f.companyId }, t.db, now),
      leaveCompany(f.one, { companyId: f.companyId }, t.db, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const kept = await t.db
      .select()
      .from(meetingAttendees)
      .where(and(eq(meetingAttendees.userId, f.one.id), eq(meetingAttendees.companyId, f.companyId)));
    expect(kept).toHaveLength(2);
  });
});
