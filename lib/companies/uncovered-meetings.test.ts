import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { insertMeeting } from "@/db/meetings";
import { companies, emailOutbox, meetingRequests, meetings, users, type Forum, type Meeting, type Slot, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { leaveCompany, removeDelegate } from "./delegates";
import { makeForum, makeMorning } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
/** Five half-hour slots on the first forum day, from 10:00 in Algiers (09:00 UTC). */
let day: Slot[];
let tableId: string;
/** 10:40 in Algiers: the first slot is over, the second under way. */
const now = new Date("2026-12-08T09:40:00Z");
const origin = "https://b2b.example.org";
let savedPublicUrl: string | undefined;

beforeAll(async () => {
  savedPublicUrl = process.env.PUBLIC_URL;
  process.env.PUBLIC_URL = origin;
  t = await createTestDatabase();
  forum = await makeForum(t.db);
  const morning = await makeMorning(t.db, forum, { tables: [7], count: 5 });
  tableId = morning.tableIds[0]!;
  day = morning.day;
  await insertUser({ email: "organiser@uncovered.test", fullName: "Организатор", role: "organiser", locale: "ru" }, t.db);
});
afterAll(async () => {
  if (savedPublicUrl === undefined) delete process.env.PUBLIC_URL;
  else process.env.PUBLIC_URL = savedPublicUrl;
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetings);
  await t.db.delete(emailOutbox);
});

let counter = 0;
async function company(country: string, names: string[], mainLocale = "fr") {
  counter += 1;
  const [row] = await t.db
    .insert(companies)
    .values({ forumId: forum.id, name: `${country} company ${counter}`, country, city: "Alger", status: "approved" })
    .returning();
  const people: User[] = [];
  for (const [i, name] of names.entries()) {
    people.push(
      await insertUser({ email: `${counter}.${i}@uncovered.test`, fullName: name, companyId: row!.id, isMainContact: i === 0, locale: i === 0 ? mainLocale : "fr" }, t.db),
    );
  }
  return { id: row!.id, name: row!.name, people };
}

/**
 * A company (main contact reading `mainLocale`, delegates One and Two) with a meeting in each
 * slot, each with its own partner: 0 over (One alone), 1 everyone, 2 One alone, 3 One and Two,
 * 4 One alone but cancelled.
 */
async function teamWithMeetings(mainLocale = "fr") {
  const own = await company("DZ", ["Main Contact", "Delegate One", "Delegate Two"], mainLocale);
  const [main, one, two] = own.people as [User, User, User];
  const seating = [[one], [main, one, two], [one], [one, two], [one]];
  const list: (Meeting & { partnerName: string })[] = [];
  for (const [i, slot] of day.entries()) {
    const partner = await company("RU", [`Партнёр ${i}`]);
    const [request] = await t.db
      .insert(meetingRequests)
      .values({ forumId: forum.id, fromCompanyId: own.id, toCompanyId: partner.id, status: "accepted" })
      .returning();
    const meeting = await insertMeeting(
      {
        forumId: forum.id,
        requestId: request!.id,
        slotId: slot.id,
        tableId,
        companyAId: own.id,
        companyBId: partner.id,
        attendees: [...seating[i]!.map((u) => ({ userId: u.id, companyId: own.id })), { userId: partner.people[0]!.id, companyId: partner.id }],
      },
      t.db,
    );
    list.push({ ...meeting, partnerName: partner.name });
  }
  await t.db.update(meetings).set({ status: "cancelled" }).where(eq(meetings.id, list[4]!.id));
  return { companyId: own.id, companyName: own.name, main, one, two, meetings: list };
}

const outbox = () => t.db.select().from(emailOutbox);

describe("a meeting to come left with nobody of the company", () => {
  it("is e-mailed to the main contact, in their language, with only those meetings and a link to each", async () => {
    const f = await teamWithMeetings("ar");
    await removeDelegate(f.main, { companyId: f.companyId, delegateId: f.one.id }, t.db, now);
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    const [mail] = sent as [(typeof sent)[number]];
    expect(mail).toMatchObject({ toEmail: f.main.email, kind: "meetingsUncovered", locale: "ar" });
    expect(mail.subject).toContain(f.companyName);
    expect(mail.body).toContain("Delegate One");
    // Meeting 2 alone: 1 and 3 keep a colleague, 0 is over, 4 was cancelled.
    const uncovered = f.meetings[2]!;
    expect(mail.body).toContain(uncovered.partnerName);
    expect(mail.body).toContain(`${origin}/ar/meetings/${uncovered.id}`);
    for (const other of [0, 1, 3, 4]) expect(mail.body).not.toContain(f.meetings[other]!.partnerName);
    expect(mail.body).toContain("الطاولة 7");
    expect(mail.body).toContain(`${origin}/ar/schedule`);
  });

  it("lists every such meeting in time order, with the forum's times and zone", async () => {
    const f = await teamWithMeetings("en");
    await leaveCompany(f.two, { companyId: f.companyId }, t.db, now);
    await removeDelegate(f.main, { companyId: f.companyId, delegateId: f.one.id }, t.db, now);
    const [mail, ...more] = await outbox();
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ toEmail: f.main.email, kind: "meetingsUncovered", locale: "en" });
    // 10:00 and 10:30 UTC, 11:00 and 11:30 in Algiers.
    const first = mail!.body.indexOf(f.meetings[2]!.partnerName);
    const second = mail!.body.indexOf(f.meetings[3]!.partnerName);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(mail!.body).toContain("at 11:00, table 7");
    expect(mail!.body).toContain("at 11:30, table 7");
    expect(mail!.body).toContain("Times: Alger (UTC+1).");
  });

  it("sends nothing when every meeting to come keeps someone of the company", async () => {
    const f = await teamWithMeetings();
    await leaveCompany(f.two, { companyId: f.companyId }, t.db, now);
    expect(await outbox()).toEqual([]);
  });

  it("tells the organisers instead when the company has no main contact to tell", async () => {
    const f = await teamWithMeetings();
    await t.db.update(users).set({ isMainContact: false }).where(eq(users.id, f.main.id));
    await leaveCompany({ ...f.one, isMainContact: false }, { companyId: f.companyId }, t.db, now);
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ toEmail: "organiser@uncovered.test", kind: "meetingsUncoveredOrganisers", locale: "ru" });
    expect(sent[0]!.body).toContain(f.companyName);
    expect(sent[0]!.body).toContain(`${origin}/ru/organiser/meetings/${f.meetings[2]!.id}`);
    expect(sent[0]!.body).toContain(`${origin}/ru/organiser/meetings`);
    expect(sent.map((m) => m.toEmail)).not.toContain(f.main.email);
  });

  it("is written with the change or not at all: a refused removal e-mails nobody", async () => {
    const f = await teamWithMeetings();
    await expect(removeDelegate(f.one, { companyId: f.companyId, delegateId: f.two.id }, t.db, now)).rejects.toMatchObject({ code: "forbidden" });
    expect(await outbox()).toEqual([]);
  });
});
