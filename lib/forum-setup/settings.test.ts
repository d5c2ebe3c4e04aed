import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { insertBlock } from "@/db/availability";
import { emailOutbox, forumDays, forums, slots, unavailabilities, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import type { User } from "@/db/schema";
import { forumSettingsSchema } from "@/lib/schemas/forum-settings";
import { currentSettings, liveMeetings, seededForum } from "./test-fixtures";
import { updateForumSettings } from "./settings";

let t: TestDatabase;
let forumId: string;
let organiser: User;
let participant: User;
const slotStarts = async () =>
  (await t.db.select().from(slots).where(eq(slots.forumId, forumId)).orderBy(asc(slots.startsAt))).map((s) => s.startsAt.toISOString());
const forumRow = async () => (await t.db.select().from(forums).where(eq(forums.id, forumId)))[0]!;

// Seeding the 500-company demo forum takes a while on PGlite on a busy machine.
beforeAll(async () => {
  t = await createTestDatabase();
  ({ forumId, organiser, participant } = await seededForum(t.db));
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe("saving the forum's settings", () => {
  it("saves a change with its audit entry, naming only what changed", async () => {
    const input = await currentSettings(t.db, forumId);
    const result = await updateForumSettings(organiser, forumId, { ...input, meetingCap: 12, name: { ...input.name, en: "Algeria–Russia Business Forum" } }, t.db);
    expect(result.forum).toMatchObject({ meetingCap: 12, version: input.version + 1 });
    const [entry] = await listAudit(forumId, { limit: 1, entity: "forum" }, t.db);
    expect(entry).toMatchObject({ action: "forum.update", actorId: organiser.id });
    expect(entry!.before).toEqual({ meetingCap: 20, name: input.name });
    expect(entry!.after).toEqual({ meetingCap: 12, name: { ...input.name, en: "Algeria–Russia Business Forum" } });
  });

  it("refuses a participant and a signed-out visitor, and writes nothing", async () => {
    const input = await currentSettings(t.db, forumId);
    const before = await forumRow();
    await expect(updateForumSettings(participant, forumId, { ...input, meetingCap: 3 }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(updateForumSettings(null, forumId, { ...input, meetingCap: 3 }, t.db)).rejects.toMatchObject({ status: 401 });
    expect(await forumRow()).toEqual(before);
  });

  it("refuses a form saved over a newer version, plainly", async () => {
    const stale = await currentSettings(t.db, forumId);
    await updateForumSettings(organiser, forumId, { ...stale, meetingCap: 15 }, t.db);
    await expect(updateForumSettings(organiser, forumId, { ...stale, meetingCap: 30 }, t.db)).rejects.toMatchObject({ code: "staleSettings", status: 409 });
    expect((await forumRow()).meetingCap).toBe(15);
  });

  it("lets exactly one of two saves of the same version win", async () => {
    const input = await currentSettings(t.db, forumId);
    const results = await Promise.allSettled([
      updateForumSettings(organiser, forumId, { ...input, meetingCap: 7 }, t.db),
      updateForumSettings(organiser, forumId, { ...input, meetingCap: 8 }, t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "staleSettings" });
  });

  it("refuses bad input with every field's message", () => {
    const parsed = forumSettingsSchema.safeParse({
      version: "1",
      "name.fr": "Forum",
      "name.ar": "",
      timeZone: "Europe/Atlantis",
      startsOn: "2026-12-09",
      endsOn: "2026-12-08",
      countryA: "DZ",
      countryB: "dz",
      slotMinutes: "2",
      bookingMode: "whenever",
      meetingCap: "0",
    });
    expect(parsed.success).toBe(false);
    const fields = Object.keys(parsed.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(expect.arrayContaining(["name.ar", "city.fr", "timeZone", "slotMinutes", "bookingMode", "meetingCap"]));
  });

  it("reads B2B hours in the forum's zone and requires them for every day", () => {
    const form = {
      version: "3", "name.fr": "F", "name.ar": "ف", "name.ru": "Ф", "name.en": "F", "city.fr": "A", "city.ar": "ا", "city.ru": "А", "city.en": "A",
      timeZone: "Africa/Algiers", startsOn: "2026-12-08", endsOn: "2026-12-09", countryA: "DZ", countryB: "RU", slotMinutes: "30", bookingMode: "both", meetingCap: "20",
      "hours.2026-12-08.start": "10:00", "hours.2026-12-08.end": "17:30",
    };
    const missing = forumSettingsSchema.safeParse(form);
    expect(missing.success).toBe(false);
    expect(missing.error!.flatten().fieldErrors).toHaveProperty(["hours.2026-12-09.start"]);
    const ok = forumSettingsSchema.parse({ ...form, "hours.2026-12-09.start": "09:30", "hours.2026-12-09.end": "16:00", selfBookingClosesAt: "2026-12-07T18:00" });
    expect(ok.days.map((d) => [d.day, d.b2bStartsAt.toISOString()])).toEqual([
      ["2026-12-08", "2026-12-08T09:00:00.000Z"],
      ["2026-12-09", "2026-12-09T08:30:00.000Z"],
    ]);
    expect(ok.selfBookingClosesAt?.toISOString()).toBe("2026-12-07T17:00:00.000Z");
  });
});

describe("the dates of the settings", () => {
  // The day before the demo forum: its days fall well inside the five years either side of today.
  const now = new Date("2026-12-07T12:00:00Z");
  const form = {
    version: "3", "name.fr": "F", "name.ar": "ف", "name.ru": "Ф", "name.en": "F", "city.fr": "A", "city.ar": "ا", "city.ru": "А", "city.en": "A",
    timeZone: "Africa/Algiers", startsOn: "2026-12-08", endsOn: "2026-12-09", countryA: "DZ", countryB: "RU", slotMinutes: "30", bookingMode: "both", meetingCap: "20",
    "hours.2026-12-08.start": "10:00", "hours.2026-12-08.end": "17:30", "hours.2026-12-09.start": "09:30", "hours.2026-12-09.end": "16:00",
  };
  const errorsOf = (fields: Record<string, string>) => forumSettingsSchema.safeParse({ ...form, ...fields }).error?.flatten().fieldErrors;
  afterEach(() => {
    vi.useRealTimers();
  });

  it("refuses a year 9999 or 0001, naming the field, for the forum's days and the end of self-service", () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    expect(errorsOf({ startsOn: "0001-12-08" })).toEqual({ startsOn: ["firstDayOutOfRange"] });
    expect(errorsOf({ endsOn: "9999-12-09" })).toEqual({ endsOn: ["lastDayOutOfRange"] });
    expect(errorsOf({ startsOn: "9999-12-08", endsOn: "9999-12-09" })).toEqual({ startsOn: ["firstDayOutOfRange"], endsOn: ["lastDayOutOfRange"] });
    expect(errorsOf({ selfBookingClosesAt: "0001-01-01T10:00" })).toEqual({ selfBookingClosesAt: ["selfBookingClosesOutOfRange"] });
    // Five years either side of today is the bound, both ends included.
    expect(errorsOf({ startsOn: "2031-12-07", endsOn: "2031-12-07", "hours.2031-12-07.start": "10:00", "hours.2031-12-07.end": "12:00" })).toBeUndefined();
    expect(errorsOf({ startsOn: "2031-12-08", endsOn: "2031-12-08", "hours.2031-12-08.start": "10:00", "hours.2031-12-08.end": "12:00" })).toMatchObject({ startsOn: ["firstDayOutOfRange"] });
    expect(errorsOf({ selfBookingClosesAt: "2021-12-07T10:00" })).toBeUndefined();
  });

  it("refuses a day that does not exist, a last day before the first, and a closing after the forum", () => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    expect(errorsOf({ startsOn: "2026-02-31" })).toEqual({ startsOn: ["invalidDate"] });
    expect(errorsOf({ selfBookingClosesAt: "2026-11-31T10:00" })).toEqual({ selfBookingClosesAt: ["invalidDateTime"] });
    expect(errorsOf({ startsOn: "2026-12-09", endsOn: "2026-12-08" })).toEqual({ endsOn: ["lastDayBeforeFirst"] });
    expect(errorsOf({ selfBookingClosesAt: "2026-12-10T09:00" })).toEqual({ selfBookingClosesAt: ["selfBookingClosesAfterForum"] });
    // On the last day itself, it may still close.
    expect(errorsOf({ selfBookingClosesAt: "2026-12-09T12:00" })).toBeUndefined();
  });

  it("refuses a closing time already past without the organiser's word, and writes nothing", async () => {
    const input = await currentSettings(t.db, forumId);
    const before = { forum: await forumRow(), log: (await listAudit(forumId, { limit: 100 }, t.db)).length };
    const past = new Date("2026-12-07T10:00:00Z");
    await expect(updateForumSettings(organiser, forumId, { ...input, selfBookingClosesAt: past, meetingCap: 9 }, t.db, now)).rejects.toMatchObject({
      code: "selfBookingClosesInPast",
      status: 422,
      field: "selfBookingClosesAt",
    });
    expect(await forumRow()).toEqual(before.forum);
    expect((await listAudit(forumId, { limit: 100 }, t.db)).length).toBe(before.log);
  });

  it("closes self-service now when the organiser confirms, and does not ask again while that time stands", async () => {
    const past = new Date("2026-12-07T10:00:00Z");
    const input = await currentSettings(t.db, forumId);
    const { forum } = await updateForumSettings(organiser, forumId, { ...input, selfBookingClosesAt: past, confirmPastClose: true }, t.db, now);
    expect(forum.selfBookingClosesAt).toEqual(past);
    const [entry] = await listAudit(forumId, { limit: 1, entity: "forum" }, t.db);
    expect(entry!.after).toMatchObject({ selfBookingClosesAt: past.toISOString() });
    // Saved once, it is no longer news: the rest of the settings change without the box.
    const again = await updateForumSettings(organiser, forumId, { ...(await currentSettings(t.db, forumId)), meetingCap: 11 }, t.db, now);
    expect(again.forum).toMatchObject({ meetingCap: 11, selfBookingClosesAt: past });
    // Another past time is asked about again; a time to come, or none, never is.
    await expect(
      updateForumSettings(organiser, forumId, { ...(await currentSettings(t.db, forumId)), selfBookingClosesAt: new Date("2026-12-06T10:00:00Z") }, t.db, now),
    ).rejects.toMatchObject({ code: "selfBookingClosesInPast" });
    const future = new Date("2026-12-08T16:00:00Z");
    expect((await updateForumSettings(organiser, forumId, { ...(await currentSettings(t.db, forumId)), selfBookingClosesAt: future }, t.db, now)).forum.selfBookingClosesAt).toEqual(future);
    expect((await updateForumSettings(organiser, forumId, { ...(await currentSettings(t.db, forumId)), selfBookingClosesAt: null, meetingCap: 20 }, t.db, now)).forum.selfBookingClosesAt).toBeNull();
  });
});

describe("re-cutting the slots when the slot length or the B2B hours change", () => {
  it("adds slots when the day grows, keeping every meeting", async () => {
    const input = await currentSettings(t.db, forumId);
    const meetingsBefore = await liveMeetings(t.db, forumId);
    const days = input.days.map((d, i) => (i === 0 ? { ...d, b2bEndsAt: new Date(d.b2bEndsAt.getTime() + 60 * 60_000) } : d));
    const { recut } = await updateForumSettings(organiser, forumId, { ...input, days }, t.db);
    expect(recut).toMatchObject({ added: 2, removed: 0, cancelled: [] });
    expect((await liveMeetings(t.db, forumId)).length).toBe(meetingsBefore.length);
  });

  it("refuses a slot length that would unseat meetings, lists them, and changes nothing", async () => {
    const input = await currentSettings(t.db, forumId);
    const before = { slots: await slotStarts(), forum: await forumRow(), days: await t.db.select().from(forumDays), log: (await listAudit(forumId, { limit: 100 }, t.db)).length };
    const live = await liveMeetings(t.db, forumId);
    expect(live.length).toBeGreaterThan(0);
    const refused = await updateForumSettings(organiser, forumId, { ...input, slotMinutes: 20 }, t.db).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "meetingsInTheWay", status: 409 });
    const listed = (refused as { details: { meetings: { id: string; companies: string[] }[] } }).details.meetings;
    expect(listed.map((m) => m.id).sort()).toEqual(live.map((m) => m.id).sort());
    expect(listed[0]!.companies).toHaveLength(2);
    expect(await slotStarts()).toEqual(before.slots);
    expect(await forumRow()).toEqual(before.forum);
    expect(await t.db.select().from(forumDays)).toEqual(before.days);
    expect((await listAudit(forumId, { limit: 100 }, t.db)).length).toBe(before.log);
  });

  it("cancels them when the organiser says so: both sides told, each cancellation audited, delegates' blocks carried over", async () => {
    const input = await currentSettings(t.db, forumId);
    const live = await liveMeetings(t.db, forumId);
    const karimSlots = await t.db.select().from(slots).where(eq(slots.forumId, forumId)).orderBy(asc(slots.startsAt));
    // Karim blocks the first slot of day two, where he has no meeting.
    const blocked = karimSlots.find((s) => s.day === "2026-12-09")!;
    await insertBlock(participant.id, blocked.id, t.db);
    const mailsBefore = (await t.db.select().from(emailOutbox)).length;

    const { recut, forum } = await updateForumSettings(organiser, forumId, { ...input, slotMinutes: 20, cancelMeetings: true }, t.db);
    expect(forum.slotMinutes).toBe(20);
    expect(recut.cancelled.sort()).toEqual(live.map((m) => m.id).sort());
    expect(await liveMeetings(t.db, forumId)).toEqual([]);
    const starts = await slotStarts();
    expect(starts.slice(0, 3)).toEqual(["2026-12-08T09:00:00.000Z", "2026-12-08T09:20:00.000Z", "2026-12-08T09:40:00.000Z"]);
    for (const s of await t.db.select().from(slots).where(eq(slots.forumId, forumId))) expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(20 * 60_000);

    const log = await listAudit(forumId, { limit: 100 }, t.db);
    expect(log.filter((e) => e.action === "meeting.cancel")).toHaveLength(live.length);
    expect(log.find((e) => e.action === "forum.update")).toMatchObject({ before: { slotMinutes: 30 }, after: { slotMinutes: 20 } });
    expect((await t.db.select().from(emailOutbox)).length).toBeGreaterThanOrEqual(mailsBefore + live.length * 2);

    const blocks = await t.db
      .select({ during: unavailabilities.during })
      .from(unavailabilities)
      .innerJoin(users, eq(users.id, unavailabilities.userId))
      .where(and(eq(users.id, participant.id)));
    // 09:30–10:00 is covered by the new 09:20–09:40 and 09:40–10:00 slots.
    expect(blocks.length).toBe(2);
  });
});
