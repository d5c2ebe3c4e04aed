import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMeeting } from "@/db/meetings";
import { calendarFeeds, forums, users, type Forum, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { freeSlotsForRequest } from "@/lib/booking/book";
import { cancelMeeting, moveMeeting } from "@/lib/booking/change";
import { loadAgenda } from "./agenda";
import { setSessionBookmark } from "./bookmarks";
import { meetingCalendar, scheduleCalendar } from "./calendar-export";
import { hashFeedToken, resetCalendarFeed, userOfFeedToken } from "./calendar-feed";
import { loadMySchedule } from "./my-schedule";

let t: TestDatabase;
let forum: Forum;
let ivan: User;
let karim: User;
const beforeForum = new Date("2026-11-29T08:00:00Z");

const byEmail = async (name: string) => (await t.db.select().from(users).where(eq(users.email, `${name}@demo.passerelle.test`)))[0]!;
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
const algiers = (d: Date) => new Intl.DateTimeFormat("fr", { timeZone: "Africa/Algiers", hour: "2-digit", minute: "2-digit" }).format(d);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
  [ivan, karim] = await Promise.all([byEmail("ivan.petrov"), byEmail("karim.haddad")]);
});
afterAll(async () => {
  await t?.close();
});

describe("my schedule", () => {
  it("shows the first day first before the forum, meetings and bookmarked sessions in one time line", async () => {
    const started = performance.now();
    const schedule = await loadMySchedule(ivan, forum, beforeForum, t.db);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expect(schedule.days.map((d) => [d.day, d.isToday])).toEqual([["2026-12-08", false], ["2026-12-09", false]]);
    const [day1, day2] = schedule.days;
    expect(day1!.entries.map((e) => `${e.kind} ${algiers(e.item.startsAt)}`)).toEqual([
      "session 09:15",
      "meeting 10:00",
      "meeting 11:30",
      "session 12:30",
      "meeting 15:00",
    ]);
    expect(day2!.entries.map((e) => `${e.kind} ${algiers(e.item.startsAt)}`)).toEqual(["meeting 10:00", "session 11:30"]);
  });

  it("puts today first while the forum is on", async () => {
    const schedule = await loadMySchedule(ivan, forum, new Date("2026-12-09T07:00:00Z"), t.db);
    expect(schedule.days.map((d) => [d.day, d.isToday])).toEqual([["2026-12-09", true], ["2026-12-08", false]]);
  });

  it("names the other company, its delegates and their languages, a table, and the interpreter need", async () => {
    const { meetings } = await loadMySchedule(ivan, forum, beforeForum, t.db);
    expect(meetings).toHaveLength(4);
    for (const m of meetings) {
      expect(m.partner.country).toBe("DZ");
      expect(m.partner.id).not.toBe(ivan.companyId);
      expect(m.ownCompanyId).toBe(ivan.companyId);
      expect(m.tableNumber).toBe(12);
      expect(m.tableZone).toBe("A");
      expect(m.room.fr).toBe("Hall des rendez-vous B2B");
      expect(m.delegates.length).toBeGreaterThan(0);
      expect(m.delegates.map((d) => d.fullName)).not.toContain("Ivan Petrov");
      // Ivan speaks ru and en: a partner with neither needs an interpreter.
      const common = m.delegates.some((d) => d.languages.some((l) => l === "ru" || l === "en"));
      expect(m.interpreterNeeded).toBe(!common);
    }
  });

  it("is empty for a user without a company", async () => {
    const [lone] = await t.db.insert(users).values({ email: "lone@example.test", fullName: "Lone Reader" }).returning();
    const schedule = await loadMySchedule(lone!, forum, beforeForum, t.db);
    expect(schedule.meetings).toEqual([]);
    expect(schedule.days.every((d) => d.entries.length === 0)).toBe(true);
  });
});

describe("bookmarks", () => {
  it("set the state asked for, twice harmlessly, and refuse a stranger's session or no session", async () => {
    const [session] = (await loadAgenda(forum.id, forum.timeZone, t.db))[0]!.sessions.filter((s) => s.kind === "workshop");
    expect(await setSessionBookmark(karim, { sessionId: session!.id, bookmarked: true }, t.db)).toBe(true);
    expect(await setSessionBookmark(karim, { sessionId: session!.id, bookmarked: true }, t.db)).toBe(true);
    expect((await loadMySchedule(karim, forum, beforeForum, t.db)).sessions.map((s) => s.id)).toEqual([session!.id]);
    expect(await setSessionBookmark(karim, { sessionId: session!.id, bookmarked: false }, t.db)).toBe(false);
    expect(await setSessionBookmark(karim, { sessionId: session!.id, bookmarked: false }, t.db)).toBe(false);
    expect((await loadMySchedule(karim, forum, beforeForum, t.db)).sessions).toEqual([]);
    await expect(setSessionBookmark(karim, { sessionId: "00000000-0000-4000-8000-000000000000", bookmarked: true }, t.db)).rejects.toMatchObject({ status: 404 });
    await expect(setSessionBookmark(null, { sessionId: session!.id, bookmarked: true }, t.db)).rejects.toMatchObject({ status: 401 });
  });
});

describe("the agenda", () => {
  it("lists each day's sessions in time order with rooms and sectors", async () => {
    const days = await loadAgenda(forum.id, forum.timeZone, t.db);
    expect(days.map((d) => d.day)).toEqual(["2026-12-08", "2026-12-09"]);
    for (const day of days) {
      const starts = day.sessions.map((s) => s.startsAt.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const pharma = days[0]!.sessions.find((s) => s.sectorCode === "pharma_health")!;
    expect(pharma).toMatchObject({ kind: "panel", room: { en: "Hoggar panel room" }, sector: { ru: "Фармацевтика и здравоохранение" } });
    // Three speakers, in each of the four languages.
    expect(Object.keys(pharma.speakers).sort()).toEqual(["ar", "en", "fr", "ru"]);
    for (const list of Object.values(pharma.speakers)) expect(list).toHaveLength(3);
    expect(pharma.speakers.ru![1]).toBe("Андрей Соколов — директор по экспорту, «ФармСинтез-Волга»");
  });
});

describe("the calendar subscription", () => {
  it("stores only a hash, finds its owner, and stops working once reset", async () => {
    const first = await resetCalendarFeed(ivan, t.db);
    const token = first.path.match(/\/calendar\/feed\/([A-Za-z0-9_-]{43})\.ics$/)![1]!;
    const [stored] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, ivan.id));
    expect(stored!.tokenHash).toBe(hashFeedToken(token));
    expect(stored!.tokenHash).not.toContain(token);
    expect((await userOfFeedToken(token, t.db))?.id).toBe(ivan.id);
    expect((await userOfFeedToken(`${token}.ics`, t.db))?.id).toBe(ivan.id);
    const second = await resetCalendarFeed(ivan, t.db);
    expect(second.path).not.toBe(first.path);
    expect(await userOfFeedToken(token, t.db)).toBeNull();
    expect(await userOfFeedToken("not-a-token", t.db)).toBeNull();
    expect(await userOfFeedToken("A".repeat(43), t.db)).toBeNull();
    await expect(resetCalendarFeed(null, t.db)).rejects.toMatchObject({ status: 401 });
  });
});

describe("calendar files", () => {
  it("keep each meeting's UID, raise its SEQUENCE after a move, and mark it CANCELLED in the feed", async () => {
    const before = events(await scheduleCalendar(ivan, forum, "ru", {}, t.db));
    expect(before).toHaveLength(4);
    expect(before[0]!.summary).toMatch(/^Встреча: /);
    expect(before[0]!.location).toBe("Стол 12 (зона A), Зал B2B-встреч");
    expect(before[0]!.description).toContain("10:00–10:30");
    // In Arabic the range is isolated left to right, or it reads backwards, "10:30–10:00".
    expect(events(await scheduleCalendar(ivan, forum, "ar", {}, t.db))[0]!.description).toContain("\u206610:00–10:30\u2069");

    const { meetings } = await loadMySchedule(ivan, forum, beforeForum, t.db);
    const target = (await findMeeting(meetings[0]!.id, t.db))!;
    const [free] = await freeSlotsForRequest(ivan, target.requestId, t.db);
    await moveMeeting(ivan, { meetingId: target.id, slotId: free!.id }, t.db);
    const after = events(await scheduleCalendar(ivan, forum, "ru", {}, t.db));
    const moved = after.find((e) => e.uid === before[0]!.uid)!;
    expect(moved.sequence).toBe(before[0]!.sequence + 1);
    expect(moved.startDate.toJSDate().getTime()).toBe(free!.startsAt.getTime());

    await cancelMeeting(ivan, { meetingId: target.id }, t.db);
    expect(events(await scheduleCalendar(ivan, forum, "en", {}, t.db))).toHaveLength(3);
    const feed = events(await scheduleCalendar(ivan, forum, "en", { feed: true }, t.db));
    expect(feed).toHaveLength(4);
    const cancelled = feed.find((e) => e.uid === before[0]!.uid)!;
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.sequence).toBe(before[0]!.sequence + 2);
  });

  it("give one meeting to a delegate of either side and to no one else", async () => {
    const { meetings } = await loadMySchedule(ivan, forum, beforeForum, t.db);
    const meeting = meetings[0]!;
    const mine = await meetingCalendar(ivan, meeting.id, forum, "fr", t.db);
    expect(events(mine!.text).map((e) => e.summary)).toEqual([`Rendez-vous : ${meeting.partner.name}`]);
    const [partner] = await t.db.select().from(users).where(eq(users.companyId, meeting.partner.id));
    const theirs = await meetingCalendar(partner!, meeting.id, forum, "ar", t.db);
    expect(events(theirs!.text)[0]!.summary).toBe("لقاء: АО «ВолгаФарм»");
    expect(await meetingCalendar(karim, meeting.id, forum, "fr", t.db)).toBeNull();
    expect(await meetingCalendar({ companyId: null }, meeting.id, forum, "fr", t.db)).toBeNull();
  });
});
