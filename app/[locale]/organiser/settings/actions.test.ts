import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { agendaSessions, forums, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { seededForum } from "@/lib/forum-setup/test-fixtures";
import { deletedNoticeSchema } from "@/lib/schemas/agenda-session";

// The console's set-up actions as the browser reaches them: FormData in, ActionResult out.
// Only the session and Next's cache are stood in for; the database is a real one.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// A redirect is thrown as Next's is (its digest is how actions tell it from a failure), carrying where it leads.
const navigation = vi.hoisted(() => ({
  Redirected: class Redirected extends Error {
    readonly digest = "NEXT_REDIRECT;replace;/;307;";
    constructor(readonly to: unknown) {
      super("NEXT_REDIRECT");
    }
  },
}));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: (to: unknown) => {
    throw new navigation.Redirected(to);
  },
}));

let t: TestDatabase;
let forumId: string;
let organiser: User;
let participant: User;
let settings: typeof import("./actions");
let agenda: typeof import("../agenda/actions");
let tables: typeof import("../tables/actions");
let organisers: typeof import("../organisers/actions");
let reminders: typeof import("../reminders/actions");

// Seeding the 500-company demo forum takes a while on PGlite on a busy machine.
beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  ({ forumId, organiser, participant } = await seededForum(t.db));
  settings = await import("./actions");
  agenda = await import("../agenda/actions");
  tables = await import("../tables/actions");
  organisers = await import("../organisers/actions");
  reminders = await import("../reminders/actions");
}, 240_000);
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(() => {
  session.user = null;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function settingsFields(): Promise<Record<string, string>> {
  const [f] = await t.db.select().from(forums).where(eq(forums.id, forumId));
  return {
    version: String(f!.version),
    ...Object.fromEntries((["fr", "ar", "ru", "en"] as const).flatMap((l) => [[`name.${l}`, f!.name[l]!], [`city.${l}`, f!.city[l]!]])),
    timeZone: f!.timeZone,
    startsOn: f!.startsOn,
    endsOn: f!.endsOn,
    countryA: f!.countryA,
    countryB: f!.countryB,
    "hours.2026-12-08.start": "10:00",
    "hours.2026-12-08.end": "17:30",
    "hours.2026-12-09.start": "09:30",
    "hours.2026-12-09.end": "16:00",
    slotMinutes: String(f!.slotMinutes),
    bookingMode: f!.bookingMode,
    selfBookingClosesAt: "",
    meetingCap: String(f!.meetingCap),
  };
}

describe("the settings action", () => {
  it("saves a valid form for an organiser, with its audit entry", async () => {
    session.user = organiser;
    const result = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), meetingCap: "25", bookingMode: "organiser" }));
    expect(result).toMatchObject({ ok: true, data: { changed: true } });
    const [entry] = await listAudit(forumId, { limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: "forum.update", before: { meetingCap: 20, bookingMode: "both" }, after: { meetingCap: 25, bookingMode: "organiser" } });
  });

  it("refuses a participant, whatever the form says", async () => {
    session.user = participant;
    const before = (await t.db.select().from(forums))[0];
    const result = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), meetingCap: "2" }));
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect((await t.db.select().from(forums))[0]).toEqual(before);
  });

  it("answers bad input field by field and writes nothing", async () => {
    session.user = organiser;
    const before = (await t.db.select().from(forums))[0];
    const result = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), timeZone: "Alger", countryB: "DZ", "hours.2026-12-09.end": "08:00" }));
    expect(result).toMatchObject({ ok: false, error: "invalidInput" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({ timeZone: ["invalidTimeZone"], countryB: ["countriesDiffer"], "hours.2026-12-09.end": ["endsBeforeStart"] });
    expect(result.values?.timeZone).toBe("Alger");
    expect((await t.db.select().from(forums))[0]).toEqual(before);
  });

  it("refuses a year 0001 or 9999 with the field's own message, and writes nothing", async () => {
    session.user = organiser;
    const before = (await t.db.select().from(forums))[0];
    const result = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), startsOn: "0001-12-08", selfBookingClosesAt: "9999-12-01T18:00" }));
    expect(result).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { startsOn: ["firstDayOutOfRange"], selfBookingClosesAt: ["selfBookingClosesOutOfRange"] } });
    expect((await t.db.select().from(forums))[0]).toEqual(before);
  });

  it("asks before saving a closing time already past, then closes self-service when the box is ticked", async () => {
    session.user = organiser;
    const before = (await t.db.select().from(forums))[0];
    // Two evenings before the forum: past by now.
    const past = "2026-12-06T18:00";
    const refused = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), selfBookingClosesAt: past, meetingCap: "21" }));
    expect(refused).toMatchObject({
      ok: false,
      error: "selfBookingClosesInPast",
      fieldErrors: { selfBookingClosesAt: ["selfBookingClosesInPast"] },
      values: { selfBookingClosesAt: past, meetingCap: "21" },
    });
    expect((await t.db.select().from(forums))[0]).toEqual(before);

    const confirmed = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), selfBookingClosesAt: past, meetingCap: "21", confirmPastClose: "on" }));
    expect(confirmed).toMatchObject({ ok: true, data: { changed: true } });
    const after = (await t.db.select().from(forums))[0]!;
    expect(after).toMatchObject({ meetingCap: 21, selfBookingClosesAt: new Date("2026-12-06T17:00:00Z") });
    // Open again for the journeys below.
    expect(await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), selfBookingClosesAt: "" }))).toMatchObject({ ok: true });
  });

  it("refuses a new slot length over meetings, sending their list back with the values typed", async () => {
    session.user = organiser;
    const result = await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), slotMinutes: "45" }));
    expect(result).toMatchObject({ ok: false, error: "meetingsInTheWay", values: { slotMinutes: "45" } });
    expect(((result as { details: { meetings: unknown[] } }).details.meetings.length)).toBeGreaterThan(0);
  });
});

describe("the request-expiry save", () => {
  const version = async () => (await t.db.select({ v: forums.version }).from(forums).where(eq(forums.id, forumId)))[0]!.v;

  it("changes the forum's version, so a settings form opened before it is refused as stale", async () => {
    session.user = organiser;
    const opened = await settingsFields();
    const before = await version();
    expect(await reminders.setRequestExpiryAction(null, form({ requestExpiryDays: "9" }))).toMatchObject({ ok: true, data: { days: 9 } });
    expect(await version()).toBe(before + 1);
    const stale = await settings.saveForumSettingsAction(null, form({ ...opened, meetingCap: "30" }));
    expect(stale).toMatchObject({ ok: false, error: "staleSettings" });
    expect((await t.db.select().from(forums).where(eq(forums.id, forumId)))[0]).toMatchObject({ requestExpiryDays: 9, version: before + 1 });
    expect(await settings.saveForumSettingsAction(null, form({ ...(await settingsFields()), meetingCap: "30" }))).toMatchObject({ ok: true });
  });

  it("is refused to a participant, the version left as it was", async () => {
    session.user = participant;
    const before = (await t.db.select().from(forums).where(eq(forums.id, forumId)))[0];
    expect(await reminders.setRequestExpiryAction(null, form({ requestExpiryDays: "2" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect((await t.db.select().from(forums).where(eq(forums.id, forumId)))[0]).toEqual(before);
  });
});

describe("the other set-up actions refuse a participant", () => {
  it("agenda, tables and organisers alike", async () => {
    session.user = participant;
    const count = (await listAudit(forumId, { limit: 1000 }, t.db)).length;
    const results = await Promise.all([
      agenda.saveSessionAction(null, form({ kind: "panel", "title.fr": "Panel", day: "2026-12-08", startTime: "10:00", endTime: "11:00" })),
      tables.saveRoomAction(null, form({ "name.fr": "Salle" })),
      organisers.inviteOrganiserAction(null, form({ email: "someone@example.org", locale: "fr" })),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect((await listAudit(forumId, { limit: 1000 }, t.db)).length).toBe(count);
  });

  it("and work for an organiser", async () => {
    session.user = organiser;
    const saved = await agenda.saveSessionAction(null, form({ kind: "panel", "title.fr": "Panel", day: "2026-12-08", startTime: "10:00", endTime: "11:00" }));
    expect(saved).toMatchObject({ ok: true, data: { created: true } });
    const room = await tables.saveRoomAction(null, form({ "name.fr": "Salle", capacity: "abc" }));
    expect(room).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { capacity: ["invalidNumber"] } });
  });
});

describe("deleting a session, from the programme or from its own page", () => {
  /** Where a redirect thrown by the action leads, or null when none was. */
  const redirectedTo = async (call: Promise<unknown>) => {
    const thrown = await call.then(
      () => null,
      (error: unknown) => error,
    );
    return thrown instanceof navigation.Redirected ? thrown.to : null;
  };
  const toProgramme = (locale: string, added: number) => ({
    href: { pathname: "/organiser/agenda", query: { deleted: "1", added: String(added), removed: "0", cancelled: "0" } },
    locale,
  });
  const blocking = { kind: "plenary", "title.fr": "Plénière à retirer", day: "2026-12-09", startTime: "15:00", endTime: "16:00", blocksB2b: "on" };
  const sessionRow = async (id: string) => (await t.db.select().from(agendaSessions).where(eq(agendaSessions.id, id)))[0];

  it("is refused to a participant and to a visitor, the session kept", async () => {
    session.user = organiser;
    const saved = await agenda.saveSessionAction(null, form({ ...blocking, blocksB2b: "" }));
    if (!saved.ok) throw new Error(saved.error);
    for (const [who, error] of [[participant, "forbidden"], [null, "signInRequired"]] as const) {
      session.user = who;
      expect(await agenda.deleteSessionAction(null, form({ sessionId: saved.data.id, locale: "fr" }))).toMatchObject({ ok: false, error });
    }
    expect(await sessionRow(saved.data.id)).toBeDefined();
  });

  it("sends the organiser back to the programme in their language, saying what the re-cut did", async () => {
    session.user = organiser;
    const saved = await agenda.saveSessionAction(null, form(blocking));
    expect(saved).toMatchObject({ ok: true, data: { removed: 2 } });
    if (!saved.ok) return;
    const to = await redirectedTo(agenda.deleteSessionAction(null, form({ sessionId: saved.data.id, locale: "ru" })));
    expect(to).toEqual(toProgramme("ru", 2));
    expect(await sessionRow(saved.data.id)).toBeUndefined();
    // A session already gone is said so, not redirected; a locale that is none is French.
    expect(await agenda.deleteSessionAction(null, form({ sessionId: saved.data.id, locale: "fr" }))).toMatchObject({ ok: false, error: "notFound" });
    const again = await agenda.saveSessionAction(null, form({ ...blocking, blocksB2b: "" }));
    if (!again.ok) throw new Error(again.error);
    expect(await redirectedTo(agenda.deleteSessionAction(null, form({ sessionId: again.data.id, locale: "xx" })))).toEqual(toProgramme("fr", 0));
  });

  it("reads the programme's notice from its query, and nothing else from it", () => {
    expect(deletedNoticeSchema.parse({ deleted: "1", added: "2", removed: "0", cancelled: "3" })).toEqual({ deleted: "1", added: 2, removed: 0, cancelled: 3 });
    expect(deletedNoticeSchema.parse({ deleted: "yes", added: "-1", removed: "<b>", cancelled: ["1", "2"] })).toEqual({ deleted: undefined, added: 0, removed: 0, cancelled: 0 });
  });
});
