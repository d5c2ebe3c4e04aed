import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { and, eq, isNull } from "drizzle-orm";
import { companies, emailOutbox, forums, meetings, scheduleChanges, users, type Forum, type User } from "@/db/schema";
import { listMeetingsOfUser } from "@/db/schedule";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { freeSlotsForRequest } from "@/lib/booking/book";
import { cancelMeeting, moveMeeting } from "@/lib/booking/change";
import { scheduleCalendar } from "@/lib/schedule/calendar-export";
import { DIGEST_MAX_WAIT_SECONDS, DIGEST_QUIET_SECONDS, dueDigests, sendScheduleDigest } from "./digest";
import { recordPublishedMeetings } from "./record";

let t: TestDatabase;
let ivan: User;
let forum: Forum;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
const digestsTo = (email: string) => t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, email), eq(emailOutbox.kind, "scheduleChanged")));

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  ivan = await byEmail("ivan.petrov@demo.passerelle.test");
  forum = (await t.db.select().from(forums))[0]!;
});
afterAll(async () => {
  await t?.close();
});

describe("schedule notices", () => {
  it("groups several moves and a cancellation into one notice per delegate, sent once the changes stop", async () => {
    const [first, second] = await listMeetingsOfUser(ivan.id, {}, t.db);
    const partner = (await t.db.select().from(users).where(eq(users.companyId, first!.partner.id)))[0]!;
    const [own] = await t.db.select().from(meetings).where(eq(meetings.id, first!.id));
    const free = await freeSlotsForRequest(ivan, own!.requestId, t.db);
    await moveMeeting(ivan, { meetingId: first!.id, slotId: free[0]!.id }, t.db);
    await moveMeeting(ivan, { meetingId: first!.id, slotId: free[1]!.id }, t.db);
    await cancelMeeting(ivan, { meetingId: second!.id }, t.db);

    // The one who made the changes is not told; the other side is, once.
    const pending = await t.db.select().from(scheduleChanges).where(isNull(scheduleChanges.notifiedAt));
    expect(pending.some((c) => c.userId === ivan.id)).toBe(false);
    expect(pending.filter((c) => c.userId === partner.id)).toHaveLength(2);

    expect(await dueDigests(new Date(), t.db)).toEqual([]);
    const due = await dueDigests(later(DIGEST_QUIET_SECONDS + 5), t.db);
    expect(due).toContain(partner.id);
    const sent = await Promise.all(due.map((id) => sendScheduleDigest(id, later(DIGEST_QUIET_SECONDS + 5), t.db)));
    expect(sent.every(Boolean)).toBe(true);

    const mails = await digestsTo(partner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe(partner.locale);
    // The moved meeting appears once, where it ends up, with where it was.
    const lines = mails[0]!.body.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(1);
    const secondPartner = (await t.db.select().from(users).where(eq(users.companyId, second!.partner.id)))[0]!;
    const [ivanCompany] = await t.db.select().from(companies).where(eq(companies.id, ivan.companyId!));
    const secondMails = await digestsTo(secondPartner.email);
    expect(secondMails).toHaveLength(1);
    expect(secondMails[0]!.body).toContain(ivanCompany!.name);
    expect(await dueDigests(later(DIGEST_QUIET_SECONDS + 5), t.db)).toEqual([]);
    expect(await sendScheduleDigest(partner.id, later(DIGEST_QUIET_SECONDS + 5), t.db)).toBe(false);
    expect(await digestsTo(partner.email)).toHaveLength(1);
  });

  it("writes one notice when two workers send the same delegate's digest at once", async () => {
    const [meeting] = await listMeetingsOfUser(ivan.id, {}, t.db);
    await recordPublishedMeetings([{ id: meeting!.id, forumId: forum.id }], t.db);
    const results = await Promise.all([sendScheduleDigest(ivan.id, later(DIGEST_MAX_WAIT_SECONDS), t.db), sendScheduleDigest(ivan.id, later(DIGEST_MAX_WAIT_SECONDS), t.db)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const mails = await digestsTo(ivan.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe("ru");
    expect(mails[0]!.subject).toBe("Ваше расписание изменилось");
    expect(mails[0]!.body).toContain(`стол ${meeting!.tableNumber}`);
  });

  it("shows the new time in the calendar feed with a higher SEQUENCE, and a cancelled meeting as CANCELLED", async () => {
    const all = await listMeetingsOfUser(ivan.id, { includeCancelled: true }, t.db);
    const feed = new ICAL.Component(ICAL.parse(await scheduleCalendar(ivan, forum, "en", { feed: true }, t.db)));
    const events = feed.getAllSubcomponents("vevent");
    expect(events).toHaveLength(all.length);
    const moved = all.find((m) => m.sequence === 2)!;
    const cancelled = all.find((m) => m.status === "cancelled")!;
    const eventOf = (id: string) => events.find((e) => String(e.getFirstPropertyValue("uid")).startsWith(id))!;
    expect(eventOf(moved.id).getFirstPropertyValue("sequence")).toBe(2);
    expect((eventOf(moved.id).getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(moved.startsAt.toISOString());
    expect(eventOf(cancelled.id).getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(eventOf(cancelled.id).getFirstPropertyValue("sequence")).toBe(1);
  });
});
