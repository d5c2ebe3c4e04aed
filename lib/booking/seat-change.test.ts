import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { insertMeeting } from "@/db/meetings";
import { auditLog, companies, emailOutbox, meetingRequests, meetings, scheduleChanges, type Forum, type Meeting, type Slot, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { makeForum, makeMorning } from "@/lib/companies/test-fixtures";
import { sendScheduleDigest } from "@/lib/notices/digest";
import { formatDay, formatTime } from "@/lib/time";
import { giveUpSeat, takeSeat } from "./seats";

let t: TestDatabase;
let forum: Forum;
let day: Slot[];
let tableIds: string[];
/** 10:40 in Algiers, before the meeting of 11:00. */
const now = new Date("2026-12-08T09:40:00Z");
/** When the digest goes out: the changes have long stopped. */
const digestAt = new Date("2026-12-08T09:55:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  forum = await makeForum(t.db);
  ({ tableIds, day } = await makeMorning(t.db, forum, { tables: [1, 2], count: 4 }));
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetings);
  await t.db.delete(auditLog);
  await t.db.delete(emailOutbox);
});

let counter = 0;
async function company(country: string, people: { name: string; languages: string[]; locale: string }[]) {
  counter += 1;
  const [row] = await t.db.insert(companies).values({ forumId: forum.id, name: `${country} table ${counter}`, country, city: "Alger", status: "approved" }).returning();
  const users: User[] = [];
  for (const [i, p] of people.entries()) {
    users.push(
      await insertUser({ email: `${counter}.${i}@seat-change.test`, fullName: p.name, languages: p.languages, locale: p.locale, companyId: row!.id, isMainContact: i === 0 }, t.db),
    );
  }
  return { id: row!.id, name: row!.name, users };
}

/**
 * An Algerian company whose main contact (Arabic, French) sits at a meeting of 11:00 with a
 * Russian company of three (Russian, English), so it needs an interpreter; a colleague who
 * speaks Russian joined since and sits at nothing.
 */
async function setting() {
  const own = await company("DZ", [
    { name: "Amina Main", languages: ["ar", "fr"], locale: "fr" },
    { name: "Karim Late", languages: ["ar", "ru"], locale: "fr" },
  ]);
  const partner = await company("RU", [
    { name: "Ivan Petrov", languages: ["ru"], locale: "ru" },
    { name: "Elena Smirnova", languages: ["ru", "en"], locale: "en" },
    { name: "Oleg Volkov", languages: ["ru"], locale: "ar" },
  ]);
  const [main, late] = own.users as [User, User];
  const [request] = await t.db.insert(meetingRequests).values({ forumId: forum.id, fromCompanyId: own.id, toCompanyId: partner.id, status: "accepted" }).returning();
  const booked = await insertMeeting(
    {
      forumId: forum.id,
      requestId: request!.id,
      slotId: day[2]!.id,
      tableId: tableIds[0]!,
      companyAId: own.id,
      companyBId: partner.id,
      interpreterNeeded: true,
      attendees: [main, ...partner.users].map((u) => ({ userId: u.id, companyId: u.companyId! })),
    },
    t.db,
  );
  return { own, partner, main, late, booked };
}

const entries = () => t.db.select().from(auditLog).orderBy(asc(auditLog.at), asc(auditLog.id));
const noticesOf = (m: Meeting) => t.db.select().from(scheduleChanges).where(eq(scheduleChanges.meetingId, m.id));
const needsInterpreter = async (m: Meeting) => (await t.db.select().from(meetings).where(eq(meetings.id, m.id)))[0]!.interpreterNeeded;
const count = async (table: "audit_log" | "schedule_changes") =>
  Number(rowsOf<{ n: number | string }>(await t.db.execute(sql`select count(*) as n from ${sql.identifier(table)}`))[0]!.n);

describe("a seat taken or given up", () => {
  it("is written to the audit log with who sits for the company before and after, and the interpreter need follows the table", async () => {
    const s = await setting();
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    // Karim speaks Russian: the table now shares a language.
    expect(await needsInterpreter(s.booked)).toBe(false);
    await giveUpSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    expect(await needsInterpreter(s.booked)).toBe(true);

    const context = { startsAt: day[2]!.startsAt.toISOString(), company: s.own.name, partner: s.partner.name };
    const [taken, givenUp] = await entries();
    expect(taken).toMatchObject({
      forumId: forum.id,
      actorId: s.late.id,
      action: "seat.take",
      entity: "meeting",
      entityId: s.booked.id,
      before: { ...context, seated: ["Amina Main"], interpreterNeeded: true },
      after: { ...context, seated: ["Amina Main", "Karim Late"], interpreterNeeded: false },
    });
    expect(givenUp).toMatchObject({
      actorId: s.late.id,
      action: "seat.giveUp",
      entityId: s.booked.id,
      before: { ...context, seated: ["Amina Main", "Karim Late"], interpreterNeeded: false },
      after: { ...context, seated: ["Amina Main"], interpreterNeeded: true },
    });
  });

  it("tells everyone else seated, the other side and the colleagues, but not the one who changed seat", async () => {
    const s = await setting();
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    const told = await noticesOf(s.booked);
    expect(told.map((c) => c.userId).sort()).toEqual([s.main.id, ...s.partner.users.map((u) => u.id)].sort());
    expect(told.every((c) => c.kind === "seated" && c.seatUserId === s.late.id && c.notifiedAt === null)).toBe(true);

    await giveUpSeat(s.main, { meetingId: s.booked.id }, t.db, now);
    const unseated = (await noticesOf(s.booked)).filter((c) => c.kind === "unseated");
    expect(unseated.map((c) => c.userId).sort()).toEqual([s.late.id, ...s.partner.users.map((u) => u.id)].sort());
    expect(unseated.every((c) => c.seatUserId === s.main.id)).toBe(true);
  });

  it("reads, in each reader's language and the forum's time, who will now sit at the table, or no longer", async () => {
    const s = await setting();
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    await giveUpSeat(s.main, { meetingId: s.booked.id }, t.db, now);
    for (const user of s.partner.users) expect(await sendScheduleDigest(user.id, digestAt, t.db)).toBe(true);
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "scheduleChanged"));
    const linesTo = (user: User) => mails.find((m) => m.toEmail === user.email)!.body.split("\n").filter((l) => l.startsWith("- "));
    const [ivan, elena, oleg] = s.partner.users as [User, User, User];
    const at = day[2]!.startsAt;

    // 11:00 in Algiers, not 10:00 UTC nor the reader's own zone.
    expect(linesTo(elena)).toEqual([
      `- Karim Late will attend your meeting with ${s.own.name} on Tuesday, December 8, 2026 at 11:00`,
      `- Amina Main will no longer attend your meeting with ${s.own.name} on Tuesday, December 8, 2026 at 11:00`,
    ]);
    const ru = { day: formatDay(at, "ru", forum.timeZone), time: formatTime(at, "ru", forum.timeZone) };
    expect(linesTo(ivan)).toEqual([
      `- Karim Late будет участвовать в вашей встрече с ${s.own.name}: ${ru.day} в ${ru.time}`,
      `- Amina Main больше не будет участвовать в вашей встрече с ${s.own.name}: ${ru.day} в ${ru.time}`,
    ]);
    const ar = { day: formatDay(at, "ar", forum.timeZone), time: formatTime(at, "ar", forum.timeZone) };
    expect(linesTo(oleg)).toEqual([
      `- انضمام Karim Late إلى لقائكم مع ${s.own.name}، يوم ${ar.day} على الساعة ${ar.time}`,
      `- انسحاب Amina Main من لقائكم مع ${s.own.name}، يوم ${ar.day} على الساعة ${ar.time}`,
    ]);

    // The colleague who took the seat hears that Amina left it, in French, with the other company named.
    expect(await sendScheduleDigest(s.late.id, digestAt, t.db)).toBe(true);
    const [french] = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, s.late.email), eq(emailOutbox.kind, "scheduleChanged")));
    expect(french!.body).toContain(`- Amina Main ne participera plus à votre rendez-vous avec ${s.partner.name} le mardi 8 décembre 2026 à 11:00`);
    expect(french!.body).not.toContain("Karim Late participera");
  });

  it("says nothing of a seat taken and given up again before the digest goes out", async () => {
    const s = await setting();
    await takeSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    await giveUpSeat(s.late, { meetingId: s.booked.id }, t.db, now);
    expect(await sendScheduleDigest(s.partner.users[0]!.id, digestAt, t.db)).toBe(false);
    expect(await t.db.select().from(emailOutbox)).toEqual([]);
  });

  it("refused, to a stranger, an organiser, the signed-out or the last of the company, writes no entry, no notice and no new need", async () => {
    const s = await setting();
    const stranger = (await company("DZ", [{ name: "Stranger", languages: ["ru"], locale: "fr" }])).users[0]!;
    const organiser = await insertUser({ email: `organiser.${counter}@seat-change.test`, fullName: "Organiser", role: "organiser" }, t.db);
    const before = { audit: await count("audit_log"), notices: await count("schedule_changes") };

    await expect(takeSeat(stranger, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "notFound", status: 404 });
    await expect(giveUpSeat(stranger, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "notFound", status: 404 });
    await expect(takeSeat(organiser, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "noCompany" });
    await expect(takeSeat(null, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "signInRequired" });
    await expect(giveUpSeat(s.main, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "lastSeatOfCompany", status: 409 });
    await expect(takeSeat(s.partner.users[0]!, { meetingId: s.booked.id }, t.db, now)).rejects.toMatchObject({ code: "alreadySeated", status: 409 });

    expect({ audit: await count("audit_log"), notices: await count("schedule_changes") }).toEqual(before);
    expect(await needsInterpreter(s.booked)).toBe(true);
  });
});
