import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, asc, eq, ne } from "drizzle-orm";
import { auditLog, checkIns, companies, emailOutbox, meetings, scheduleChanges, slots, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { exportKinds } from "@/lib/schemas/oversight";

// The organiser's actions and export routes as the browser reaches them; only the session
// and Next's cache are stood in for, the database is a real one.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let t: TestDatabase;
let organiser: User;
let participant: User;
let actions: typeof import("./meetings/actions");
let exportRoute: typeof import("./export/[kind]/route").GET;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const download = (kind: string, locale = "fr") =>
  exportRoute(new Request(`http://localhost/${locale}/organiser/export/${kind}`), { params: Promise.resolve({ locale, kind }) });
const liveMeeting = async () => (await t.db.select().from(meetings).where(ne(meetings.status, "cancelled")).orderBy(asc(meetings.during)).limit(1))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  organiser = (await t.db.select().from(users).where(eq(users.role, "organiser")))[0]!;
  participant = (await t.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test")))[0]!;
  actions = await import("./meetings/actions");
  exportRoute = (await import("./export/[kind]/route")).GET;
}, 180_000);
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(() => {
  session.user = null;
});

describe("the organiser's meeting actions", () => {
  it("refuse a participant and a signed-out caller, whatever the form says, and change nothing", async () => {
    const meeting = await liveMeeting();
    const [other] = await t.db.select().from(slots).where(ne(slots.id, meeting.slotId)).limit(1);
    const calls = [
      () => actions.moveMeetingByOrganiserAction(undefined, form({ meetingId: meeting.id, slotId: other!.id })),
      () => actions.cancelMeetingByOrganiserAction(undefined, form({ meetingId: meeting.id })),
    ];
    for (const [user, error] of [[participant, "forbidden"], [null, "signInRequired"]] as const) {
      session.user = user;
      for (const call of calls) expect(await call()).toMatchObject({ ok: false, error });
    }
    expect((await t.db.select().from(meetings).where(eq(meetings.id, meeting.id)))[0]).toMatchObject({ status: "scheduled", slotId: meeting.slotId });
    expect(await t.db.select().from(auditLog)).toEqual([]);
    expect(await t.db.select().from(emailOutbox)).toEqual([]);
    expect(await t.db.select().from(scheduleChanges)).toEqual([]);
  });

  it("answer a bad form with field errors, and a good one with the change", async () => {
    session.user = organiser;
    expect(await actions.moveMeetingByOrganiserAction(undefined, form({ meetingId: "nope", slotId: "" }))).toMatchObject({
      ok: false,
      error: "invalidInput",
      fieldErrors: { meetingId: ["notFound"], slotId: ["chooseSlot"] },
    });
    const meeting = await liveMeeting();
    const [target] = await t.db.select().from(slots).where(eq(slots.startsAt, new Date("2026-12-09T14:00:00Z")));
    const moved = await actions.moveMeetingByOrganiserAction(undefined, form({ meetingId: meeting.id, slotId: target!.id, tableId: "" }));
    expect(moved).toMatchObject({ ok: true, data: { status: "moved", slotId: target!.id } });
    expect(await actions.cancelMeetingByOrganiserAction(undefined, form({ meetingId: meeting.id }))).toMatchObject({ ok: true, data: { status: "cancelled" } });
    expect(await actions.cancelMeetingByOrganiserAction(undefined, form({ meetingId: meeting.id }))).toMatchObject({ ok: false, error: "meetingNotScheduled" });
    expect((await t.db.select().from(auditLog)).map((e) => e.action).sort()).toEqual(["meeting.cancel", "meeting.move"]);
  });
});

describe("the CSV exports", () => {
  it("answer 401 signed out and 403 to a participant, for every list", async () => {
    for (const kind of exportKinds) {
      session.user = null;
      expect((await download(kind)).status).toBe(401);
      session.user = participant;
      const refused = await download(kind);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain("@demo.passerelle.test");
    }
  });

  it("give an organiser every company, UTF-8 with a BOM, Arabic and Cyrillic names intact, as a named file", async () => {
    session.user = organiser;
    const response = await download("companies");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="algiers-2026-companies.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // French: columns at ";", as Excel set up for French splits them.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toMatch(/^Nom;Pays;Ville;Statut;/);
    const rows: string[][] = parse(text, { delimiter: ";" });
    expect(rows[0]!.slice(0, 4)).toEqual(["Nom", "Pays", "Ville", "Statut"]);
    const all = await t.db.select().from(companies);
    expect(rows.length - 1).toBe(all.length);
    const names = new Set(rows.slice(1).map((r) => r[0]));
    const arabic = all.find((c) => /[\u0600-\u06ff]/.test(c.name))!;
    const cyrillic = all.find((c) => /[\u0400-\u04ff]/.test(c.name))!;
    expect(names.has(arabic.name)).toBe(true);
    expect(names.has(cyrillic.name)).toBe(true);
    expect(rows.find((r) => r[0] === cyrillic.name)![1]).toBe("Russie");
  });

  it("give delegates, requests and meetings with headings in the organiser's language and times in the forum's zone", async () => {
    session.user = organiser;
    const read = async (kind: string, locale: string) =>
      parse((await (await download(kind, locale)).text()).replace(/^\ufeff/, ""), { delimiter: locale === "en" ? "," : ";" }) as string[][];
    // One delegate checked in today: the day shows in the forum's time zone.
    const [forum] = await t.db.select({ id: companies.forumId }).from(companies).where(eq(companies.id, participant.companyId!));
    await t.db.insert(checkIns).values({ forumId: forum!.id, userId: participant.id, checkedInBy: organiser.id, method: "name" });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date());
    const delegates = await read("delegates", "ru");
    expect(delegates.find((r) => r[4] === participant.email)!.at(-1)).toBe(today);
    expect(delegates.filter((r) => r.at(-1) !== "").length).toBe(2); // the heading, and that delegate
    expect(delegates[0]).toEqual(["Компания", "Страна", "Имя и фамилия", "Должность", "Электронная почта", "Языки", "Основное контактное лицо", "Отмечен приход (дни)"]);
    expect(delegates.length - 1).toBe((await t.db.select().from(users).where(and(ne(users.role, "organiser")))).filter((u) => u.companyId).length);
    const requests = await read("requests", "en");
    expect(requests[0]![0]).toBe("From");
    expect(requests.length).toBeGreaterThan(5);
    const meetingRows = await read("meetings", "ar");
    expect(meetingRows[0]![0]).toMatch(/^البداية، .+ \(UTC\+1\)$/);
    const live = await t.db.select().from(meetings);
    expect(meetingRows.length - 1).toBe(live.length);
    expect(meetingRows.slice(1).map((r) => r[0])).toContain("2026-12-08 10:30");
    // Each side's delegates by name, for the follow-up list.
    expect(meetingRows[0]!.slice(-2)).toEqual(["مندوبو الشركة أ", "مندوبو الشركة ب"]);
    expect(meetingRows.slice(1).every((r) => r.at(-1)!.length > 0 && r.at(-2)!.length > 0)).toBe(true);
    // The meeting moved then cancelled by the test above: at its new time, cancelled.
    expect(meetingRows.find((r) => r[0] === "2026-12-09 15:00")?.[5]).toBe("ملغى");
    expect((await download("nothing")).status).toBe(404);
  });
});
