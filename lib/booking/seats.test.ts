import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openPostgres, rowsOf, type Database } from "@/db/client";
import { insertMeeting } from "@/db/meetings";
import { insertSeat } from "@/db/seats";
import { listMeetingsOfUser } from "@/db/schedule";
import { companies, meetingAttendees, meetingRequests, meetings, unavailabilities, type Forum, type Meeting, type Slot, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { makeForum, makeMorning } from "@/lib/companies/test-fixtures";
import { readDataStamp } from "@/lib/page-cache/stamp";
import { giveUpSeat, takeSeat } from "./seats";

let t: TestDatabase;
let second: { db: Database; close(): Promise<void> } | null = null;
let forum: Forum;
/** Four half-hour slots, 10:00 to 12:00 in Algiers. */
let day: Slot[];
let tableIds: string[];
/** 10:40 in Algiers: the first slot is over, the second under way, two are to come. */
const now = new Date("2026-12-08T09:40:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  if (t.url) second = openPostgres(t.url, 10);
  forum = await makeForum(t.db);
  ({ tableIds, day } = await makeMorning(t.db, forum, { tables: [1, 2, 3], count: 4 }));
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetings);
  await t.db.delete(unavailabilities);
});

let counter = 0;
async function company(country: string, names: string[], status: "approved" | "pending" = "approved") {
  counter += 1;
  const [row] = await t.db.insert(companies).values({ forumId: forum.id, name: `${country} seats ${counter}`, country, city: "Alger", status }).returning();
  const people: User[] = [];
  for (const [i, name] of names.entries()) {
    people.push(await insertUser({ email: `${counter}.${i}@seats.test`, fullName: name, companyId: row!.id, isMainContact: i === 0 }, t.db));
  }
  return { id: row!.id, people };
}

/** A meeting between two companies in a slot at a table, with these of their delegates seated. */
async function meeting(a: { id: string }, b: { id: string }, slot: Slot, table: number, seated: { user: User; companyId: string }[]) {
  const [request] = await t.db.insert(meetingRequests).values({ forumId: forum.id, fromCompanyId: a.id, toCompanyId: b.id, status: "accepted" }).returning();
  return insertMeeting(
    {
      forumId: forum.id,
      requestId: request!.id,
      slotId: slot.id,
      tableId: tableIds[table]!,
      companyAId: a.id,
      companyBId: b.id,
      attendees: seated.map((s) => ({ userId: s.user.id, companyId: s.companyId })),
    },
    t.db,
  );
}

/**
 * A company whose main contact booked a meeting to come, then a colleague joined (seated at
 * nothing), and its partner; a third company stands by.
 */
async function setting(slot = day[2]!) {
  const own = await company("DZ", ["Main Contact", "Late Joiner"]);
  const partner = await company("RU", ["Партнёр"]);
  const [main, late] = own.people as [User, User];
  const booked = await meeting(own, partner, slot, 0, [
    { user: main, companyId: own.id },
    { user: partner.people[0]!, companyId: partner.id },
  ]);
  return { own, partner, main, late, booked };
}

const seatsAt = async (m: Meeting) =>
  (await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, m.id))).map((a) => a.userId).sort();
const allSeats = async () =>
  Number(rowsOf<{ n: number | string }>(await t.db.execute(sql`select count(*) as n from meeting_attendees`))[0]!.n);

describe("taking a seat", () => {
  it("seats a colleague who joined after the booking, on their schedule at once", async () => {
    const s = await setting();
    const stamp = await readDataStamp(t.db);
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    expect(await seatsAt(s.booked)).toEqual([s.main.id, s.late.id, s.partner.people[0]!.id].sort());
    const [seat] = await t.db.select().from(meetingAttendees).where(and(eq(meetingAttendees.meetingId, s.booked.id), eq(meetingAttendees.userId, s.late.id)));
    expect(seat).toMatchObject({ companyId: s.own.id, active: true, during: s.booked.during });
    expect((await listMeetingsOfUser(s.late.id, {}, t.db)).map((m) => m.id)).toEqual([s.booked.id]);
    // The page cache keys "my schedule" by this stamp: the cached page is rendered afresh.
    expect(await readDataStamp(t.db)).not.toBe(stamp);
    await expect(takeSeat(s.late, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "alreadySeated", status: 409 });
  });

  it("refuses a delegate of a third company, one of a company not approved, and an organiser, writing nothing", async () => {
    const s = await setting();
    const stranger = (await company("DZ", ["Stranger"])).people[0]!;
    const waiting = await company("DZ", ["Waiting"], "pending");
    const before = await allSeats();
    await expect(takeSeat(stranger, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "notFound", status: 404 });
    await t.db.update(companies).set({ status: "pending" }).where(eq(companies.id, s.own.id));
    try {
      await expect(takeSeat(s.late, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "companyNotApproved", status: 403 });
    } finally {
      await t.db.update(companies).set({ status: "approved" }).where(eq(companies.id, s.own.id));
    }
    await expect(takeSeat(waiting.people[0]!, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "companyNotApproved" });
    const organiser = await insertUser({ email: `organiser.${counter}@seats.test`, fullName: "Organiser", role: "organiser" }, t.db);
    await expect(takeSeat(organiser, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "noCompany" });
    await expect(takeSeat(null, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "signInRequired" });
    expect(await allSeats()).toBe(before);
  });

  it("refuses a meeting under way and a meeting cancelled", async () => {
    const started = await setting(day[1]!);
    await expect(takeSeat(started.late, { meetingId: started.booked.id }, t.db, now)).rejects.toMatchObject({ code: "seatMeetingStarted", status: 409 });
    const cancelled = await setting(day[3]!);
    await t.db.update(meetings).set({ status: "cancelled" }).where(eq(meetings.id, cancelled.booked.id));
    await expect(takeSeat(cancelled.late, { meetingId: cancelled.booked.id }, t.db, now)).rejects.toMatchObject({ code: "seatMeetingNotScheduled", status: 409 });
    expect(await seatsAt(started.booked)).not.toContain(started.late.id);
    expect(await seatsAt(cancelled.booked)).not.toContain(cancelled.late.id);
  });

  it("refuses a delegate who blocked that time, and one who has another meeting then", async () => {
    const s = await setting();
    const slot = day[2]!;
    await t.db.insert(unavailabilities).values({ userId: s.late.id, slotId: slot.id, during: slot.during });
    await expect(takeSeat(s.late, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "seatUnavailable", status: 409 });
    await t.db.delete(unavailabilities);

    const other = await company("RU", ["Другой"]);
    await meeting(s.own, other, slot, 1, [
      { user: s.late, companyId: s.own.id },
      { user: other.people[0]!, companyId: other.id },
    ]);
    await expect(takeSeat(s.late, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "seatBusy", status: 409 });
    expect(await seatsAt(s.booked)).not.toContain(s.late.id);
  });

  it("lets exactly one of two seats taken at once by one delegate at the same time through, across two instances", async () => {
    const s = await setting(day[3]!);
    const other = await company("RU", ["Другой"]);
    // Booked before the colleague joined, by a delegate who has left since: nobody of the company sits there.
    const rival = await meeting(s.own, other, day[3]!, 1, [{ user: other.people[0]!, companyId: other.id }]);
    const dbs = [t.db, second?.db ?? t.db];
    const results = await Promise.allSettled([s.booked, rival].map((m, i) => takeSeat(s.late, { meetingId: m.id }, dbs[i]!, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect(lost?.reason).toMatchObject({ code: "seatBusy", status: 409 });
    const seats = await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.userId, s.late.id));
    expect(seats).toHaveLength(1);
  });

  it("leaves the last word to the database: a seat taken elsewhere meanwhile wins, and the loser is told plainly", async () => {
    // Two connections are needed to hold one seat uncommitted while the other is taken.
    if (!second) return;
    const s = await setting(day[3]!);
    const other = await company("RU", ["Другой"]);
    const rival = await meeting(s.own, other, day[3]!, 1, [{ user: other.people[0]!, companyId: other.id }]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const seatWritten = new Promise<void>((resolve) => (written = resolve));
    const first = second.db.transaction(async (tx) => {
      await insertSeat(rival.id, s.late.id, s.own.id, tx);
      written();
      await held;
    });
    // The other connection's seat is written (a new connection can take a while) before this one tries.
    await seatWritten;
    // Not yet committed, so the checks before the write see nothing: the write waits on the first.
    const taking = takeSeat(s.late, { meetingId: s.booked.id }, t.db, now).then(
      () => null,
      (error: unknown) => error,
    );
    for (let i = 0; i < 100; i++) {
      const [row] = rowsOf<{ n: number | string }>(
        await t.db.execute(sql`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`),
      );
      if (Number(row!.n) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await first;
    expect(await taking).toMatchObject({ code: "seatBusy", status: 409 });
    expect((await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.userId, s.late.id))).map((a) => a.meetingId)).toEqual([rival.id]);
  });
});

describe("giving up a seat", () => {
  it("lets a delegate go while a colleague stays, and refuses the last one of the company", async () => {
    const s = await setting();
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    await giveUpSeat(s.main, { meetingId: s.booked.id }, t.db, now);
    expect(await seatsAt(s.booked)).toEqual([s.late.id, s.partner.people[0]!.id].sort());
    expect(await listMeetingsOfUser(s.main.id, {}, t.db)).toEqual([]);

    const before = await allSeats();
    await expect(giveUpSeat(s.late, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "lastSeatOfCompany", status: 409 });
    await expect(giveUpSeat(s.main, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "notSeated", status: 409 });
    const stranger = (await company("DZ", ["Stranger"])).people[0]!;
    await expect(giveUpSeat(stranger, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "notFound", status: 404 });
    expect(await allSeats()).toBe(before);
  });

  it("is refused once the meeting has begun, and to the second of two colleagues giving up at once", async () => {
    const started = await setting(day[1]!);
    await t.db.insert(meetingAttendees).values({ meetingId: started.booked.id, during: started.booked.during, userId: started.late.id, companyId: started.own.id });
    await expect(giveUpSeat(started.late, { meetingId: started.booked.id }, t.db, now)).rejects.toMatchObject({ code: "seatMeetingStarted" });

    const s = await setting(day[3]!);
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    const dbs = [t.db, second?.db ?? t.db];
    const results = await Promise.allSettled([s.main, s.late].map((u, i) => giveUpSeat(u, { meetingId: s.booked.id }, dbs[i]!, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({ code: "lastSeatOfCompany" });
    expect((await seatsAt(s.booked)).filter((id) => id !== s.partner.people[0]!.id)).toHaveLength(1);
  });
});
