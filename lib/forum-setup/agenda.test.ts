import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { agendaSessions, rooms, slots, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { agendaSessionSchema, type AgendaSessionInput } from "@/lib/schemas/agenda-session";
import { deleteAgendaSession, saveAgendaSession } from "./agenda";
import { liveMeetings, seededForum } from "./test-fixtures";

let t: TestDatabase;
let forumId: string;
let organiser: User;
let participant: User;
let plenaryRoom: string;

const session = (over: Partial<AgendaSessionInput> = {}): AgendaSessionInput => ({
  sessionId: null,
  kind: "plenary",
  title: { fr: "Plénière spéciale", en: "Special plenary" },
  roomId: plenaryRoom,
  sectorId: null,
  speakers: { fr: ["Ministre"], ru: ["Министр"] },
  day: "2026-12-09",
  startTime: "15:00",
  endTime: "16:00",
  blocksB2b: false,
  cancelMeetings: false,
  shareRoom: false,
  ...over,
});
const slotTimes = async (day: string) =>
  (await t.db.select().from(slots).where(and(eq(slots.forumId, forumId), eq(slots.day, day))).orderBy(asc(slots.startsAt))).map((s) =>
    new Intl.DateTimeFormat("fr", { timeZone: "Africa/Algiers", hour: "2-digit", minute: "2-digit" }).format(s.startsAt),
  );

// Seeding the 500-company demo forum takes a while on PGlite on a busy machine.
beforeAll(async () => {
  t = await createTestDatabase();
  ({ forumId, organiser, participant } = await seededForum(t.db));
  plenaryRoom = (await t.db.select().from(rooms).where(eq(rooms.forumId, forumId)).orderBy(asc(rooms.position)))[0]!.id;
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe("the agenda editor", () => {
  it("adds a session that does not block B2B: slots untouched, audited, a room shared only once the organiser says so", async () => {
    const before = await slotTimes("2026-12-09");
    const count = async () => (await t.db.select().from(agendaSessions)).length;
    const sessions = await count();
    // The closing plenary is in this room from 16:15: the first save is refused, with it named, and nothing is written.
    const refused = await saveAgendaSession(organiser, forumId, session({ startTime: "16:00", endTime: "16:30" }), t.db).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "roomTaken", status: 409, field: "roomId" });
    expect((refused as { details: { overlaps: { fr: string }[] } }).details.overlaps.map((o) => o.fr)).toEqual(["Plénière de clôture et signature d'accords"]);
    expect(await count()).toBe(sessions);
    const { session: saved, overlaps, recut } = await saveAgendaSession(organiser, forumId, session({ startTime: "16:00", endTime: "16:30", shareRoom: true }), t.db);
    expect(await slotTimes("2026-12-09")).toEqual(before);
    expect(recut).toEqual({ added: 0, removed: 0, cancelled: [] });
    expect(overlaps.map((o) => o.fr)).toEqual(["Plénière de clôture et signature d'accords"]);
    const [entry] = await listAudit(forumId, { limit: 1, entity: "session" }, t.db);
    expect(entry).toMatchObject({ action: "session.create", entityId: saved.id, actorId: organiser.id });
    expect(entry!.after).toMatchObject({ startsAt: "2026-12-09T15:00:00.000Z", blocksB2b: false });
    // Edited without moving into another session's time, it needs no new consent.
    await saveAgendaSession(organiser, forumId, session({ sessionId: saved.id, title: { fr: "Plénière spéciale (salle partagée)" }, startTime: "16:00", endTime: "16:30" }), t.db);
  });

  it("a blocking session re-cuts the slots around it, and deleting it gives them back", async () => {
    expect(await slotTimes("2026-12-09")).toContain("15:00");
    const { session: saved, recut } = await saveAgendaSession(organiser, forumId, session({ blocksB2b: true }), t.db);
    expect(recut).toMatchObject({ removed: 2, added: 0, cancelled: [] });
    expect(await slotTimes("2026-12-09")).not.toContain("15:00");
    expect((await slotTimes("2026-12-09")).at(-1)).toBe("14:30");

    const back = await deleteAgendaSession(organiser, forumId, { sessionId: saved.id, cancelMeetings: false }, t.db);
    expect(back).toMatchObject({ added: 2, removed: 0 });
    expect(await slotTimes("2026-12-09")).toContain("15:30");
    const [entry] = await listAudit(forumId, { limit: 1, entity: "session" }, t.db);
    expect(entry).toMatchObject({ action: "session.delete", entityId: saved.id, after: null });
    expect(entry!.before).toMatchObject({ blocksB2b: true, title: { fr: "Plénière spéciale" } });
  });

  it("refuses a blocking session over meetings, listing them, and saves nothing", async () => {
    const count = (await t.db.select().from(agendaSessions)).length;
    const slotsBefore = await slotTimes("2026-12-09");
    const refused = await saveAgendaSession(organiser, forumId, session({ startTime: "10:00", endTime: "10:30", blocksB2b: true }), t.db).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "meetingsInTheWay", status: 409 });
    const listed = (refused as { details: { meetings: { startsAt: string; tableNumber: number }[] } }).details.meetings;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ startsAt: "2026-12-09T09:00:00.000Z", tableNumber: 12 });
    expect((await t.db.select().from(agendaSessions)).length).toBe(count);
    expect(await slotTimes("2026-12-09")).toEqual(slotsBefore);
  });

  it("cancels the meetings it covers when the organiser asks, with an audit entry for each", async () => {
    const liveBefore = (await liveMeetings(t.db, forumId)).length;
    const { recut } = await saveAgendaSession(organiser, forumId, session({ startTime: "10:00", endTime: "10:30", blocksB2b: true, cancelMeetings: true }), t.db);
    expect(recut.cancelled).toHaveLength(1);
    expect((await liveMeetings(t.db, forumId)).length).toBe(liveBefore - 1);
    expect(await slotTimes("2026-12-09")).not.toContain("10:00");
    const log = await listAudit(forumId, { limit: 2 }, t.db);
    expect(log.map((e) => e.action).sort()).toEqual(["meeting.cancel", "session.create"]);
  });

  it("refuses a participant, and a day outside the forum, writing nothing", async () => {
    const count = (await t.db.select().from(agendaSessions)).length;
    await expect(saveAgendaSession(participant, forumId, session(), t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(saveAgendaSession(organiser, forumId, session({ day: "2026-12-10" }), t.db)).rejects.toMatchObject({ code: "dayOutsideForum", field: "day" });
    await expect(saveAgendaSession(organiser, forumId, session({ roomId: "00000000-0000-4000-8000-000000000000" }), t.db)).rejects.toMatchObject({ code: "invalidChoice" });
    const [any] = await t.db.select().from(agendaSessions).limit(1);
    await expect(deleteAgendaSession(participant, forumId, { sessionId: any!.id, cancelMeetings: false }, t.db)).rejects.toMatchObject({ status: 403 });
    expect((await t.db.select().from(agendaSessions)).length).toBe(count);
  });

  it("checks the form: a title in French, an end after the start, speakers one per line in each language", () => {
    const bad = agendaSessionSchema.safeParse({ kind: "gala", "title.fr": " ", day: "2026-12-09", startTime: "11:00", endTime: "10:00" });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["kind", "title.fr"]);
    const order = agendaSessionSchema.safeParse({ kind: "panel", "title.fr": "Panel", day: "2026-12-09", startTime: "11:00", endTime: "10:00" });
    expect(order.error!.flatten().fieldErrors).toEqual({ endTime: ["endsBeforeStart"] });
    const ok = agendaSessionSchema.parse({
      kind: "panel",
      "title.fr": "Panel",
      "title.ar": "",
      day: "2026-12-09",
      startTime: "10:00",
      endTime: "11:00",
      "speakers.fr": "A\n\n B \r\nC",
      "speakers.ar": " \n ",
      "speakers.ru": "А",
      blocksB2b: "on",
    });
    expect(ok).toMatchObject({ title: { fr: "Panel" }, blocksB2b: true, roomId: null });
    expect(ok.speakers).toEqual({ fr: ["A", "B", "C"], ru: ["А"] });
    const many = agendaSessionSchema.safeParse({ kind: "panel", "title.fr": "Panel", day: "2026-12-09", startTime: "10:00", endTime: "11:00", "speakers.en": Array.from({ length: 21 }, (_, i) => `S${i}`).join("\n") });
    expect(many.error!.flatten().fieldErrors).toEqual({ "speakers.en": ["tooManySpeakers"] });
  });
});
