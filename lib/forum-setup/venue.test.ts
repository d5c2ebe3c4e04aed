import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { emailOutbox, meetings, meetingTables, rooms, scheduleChanges, users, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { sendScheduleDigest } from "@/lib/notices/digest";
import { addTablesSchema, tableStateSchema } from "@/lib/schemas/venue";
import { addTables, deleteRoom, saveRoom, setTableActive } from "./venue";
import { seededForum } from "./test-fixtures";

let t: TestDatabase;
let forumId: string;
let organiser: User;
let participant: User;
const tableNo = async (n: number) => (await t.db.select().from(meetingTables).where(and(eq(meetingTables.forumId, forumId), eq(meetingTables.number, n))))[0]!;
const meetingsAt = async (tableId: string) =>
  t.db.select().from(meetings).where(and(eq(meetings.tableId, tableId), ne(meetings.status, "cancelled"))).orderBy(asc(meetings.during));

// Seeding the 500-company demo forum takes a while on PGlite on a busy machine.
beforeAll(async () => {
  t = await createTestDatabase();
  ({ forumId, organiser, participant } = await seededForum(t.db));
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe("rooms", () => {
  it("creates, renames and deletes a room, each change audited", async () => {
    const room = await saveRoom(organiser, forumId, { roomId: undefined, name: { fr: "Salle annexe" }, capacity: 40 }, t.db);
    await saveRoom(organiser, forumId, { roomId: room.id, name: { fr: "Salle annexe", en: "Annex" }, capacity: 40 }, t.db);
    await deleteRoom(organiser, forumId, room.id, t.db);
    const log = await listAudit(forumId, { limit: 3, entity: "room" }, t.db);
    expect(log.map((e) => e.action)).toEqual(["room.delete", "room.update", "room.create"]);
    expect(log[1]).toMatchObject({ before: { name: { fr: "Salle annexe" } }, after: { name: { fr: "Salle annexe", en: "Annex" } } });
  });

  it("refuses a second room of the same name in any language, case and spaces aside, writing nothing", async () => {
    const room = await saveRoom(organiser, forumId, { roomId: undefined, name: { fr: "Salle Djurdjura", ru: "Зал Джурджура" }, capacity: null }, t.db);
    const count = async () => (await t.db.select().from(rooms)).length;
    const before = await count();
    await expect(saveRoom(organiser, forumId, { roomId: undefined, name: { fr: "salle  djurdjura " }, capacity: null }, t.db)).rejects.toMatchObject({
      code: "roomNameTaken",
      field: "name.fr",
    });
    await expect(saveRoom(organiser, forumId, { roomId: undefined, name: { fr: "Salle D", ru: "зал джурджура" }, capacity: null }, t.db)).rejects.toMatchObject({
      field: "name.ru",
    });
    expect(await count()).toBe(before);
    // Saving a room under its own name is no clash.
    await saveRoom(organiser, forumId, { roomId: room.id, name: { fr: "Salle Djurdjura", ru: "Зал Джурджура" }, capacity: 30 }, t.db);
    await deleteRoom(organiser, forumId, room.id, t.db);
  });

  it("keeps a room that still has tables, and refuses a participant", async () => {
    const hall = (await tableNo(1)).roomId;
    await expect(deleteRoom(organiser, forumId, hall, t.db)).rejects.toMatchObject({ code: "roomHasTables" });
    await expect(saveRoom(participant, forumId, { roomId: undefined, name: { fr: "X" }, capacity: null }, t.db)).rejects.toMatchObject({ status: 403 });
    expect((await t.db.select().from(rooms).where(eq(rooms.id, hall))).length).toBe(1);
  });
});

describe("tables", () => {
  it("adds a numbered range with a zone; a number in use refuses the whole range", async () => {
    const hall = (await tableNo(1)).roomId;
    expect(await addTables(organiser, forumId, { roomId: hall, from: 61, to: 64, zone: "D" }, t.db)).toBe(4);
    expect((await tableNo(64)).zone).toBe("D");
    await expect(addTables(organiser, forumId, { roomId: hall, from: 64, to: 70, zone: null }, t.db)).rejects.toMatchObject({ code: "tableNumberTaken" });
    expect((await t.db.select().from(meetingTables).where(eq(meetingTables.number, 65))).length).toBe(0);
    expect(addTablesSchema.safeParse({ roomId: hall, from: "10", to: "5" }).error!.flatten().fieldErrors).toEqual({ to: ["endsBeforeStart"] });
  });

  it("asks where the meetings of a table go before disabling it, and changes nothing meanwhile", async () => {
    const table = await tableNo(12);
    const held = await meetingsAt(table.id);
    expect(held.length).toBeGreaterThan(0);
    const refused = await setTableActive(organiser, forumId, { tableId: table.id, active: false, confirm: false, targets: {} }, t.db).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "tableHasMeetings" });
    const listed = (refused as { details: { meetings: { id: string; options: { number: number }[] }[] } }).details.meetings;
    expect(listed.map((m) => m.id).sort()).toEqual(held.map((m) => m.id).sort());
    expect(listed.every((m) => m.options.length > 0 && !m.options.some((o) => o.number === 12))).toBe(true);
    expect((await tableNo(12)).active).toBe(true);
  });

  it("moves each meeting to the table chosen, or one picked for it, then disables the table: both sides told in their digest", async () => {
    const table = await tableNo(12);
    const held = await meetingsAt(table.id);
    const fifty = await tableNo(50);
    const mails = (await t.db.select().from(emailOutbox)).length;
    await t.db.delete(scheduleChanges);
    const input = tableStateSchema.parse({ tableId: table.id, active: "false", confirm: "on", [`target.${held[0]!.id}`]: fifty.id });
    const { moved } = await setTableActive(organiser, forumId, input, t.db);
    expect(moved).toBe(held.length);
    expect(await meetingsAt(table.id)).toEqual([]);
    expect((await t.db.select().from(meetings).where(eq(meetings.id, held[0]!.id)))[0]!.tableId).toBe(fifty.id);
    expect((await tableNo(12)).active).toBe(false);
    // Nothing at once: each delegate of both sides finds the new table in their next digest.
    expect(await t.db.select().from(emailOutbox)).toHaveLength(mails);
    const changes = await t.db.select().from(scheduleChanges).where(eq(scheduleChanges.meetingId, held[0]!.id));
    const seated = await t.db.select().from(users).where(inArray(users.companyId, [held[0]!.companyAId, held[0]!.companyBId]));
    expect(changes.map((c) => c.userId).sort()).toEqual(seated.map((u) => u.id).sort());
    expect(changes.every((c) => c.kind === "moved" && c.byOrganiser && c.previousTableNumber === 12)).toBe(true);
    const said: Record<string, string> = {
      fr: "(au lieu de la table 12) — par les organisateurs",
      en: "(was table 12) — by the organisers",
      ru: "(был стол 12) — изменено организаторами",
      ar: "(بدلاً من الطاولة 12) — من طرف المنظمين",
    };
    for (const reader of seated) {
      expect(await sendScheduleDigest(reader.id, new Date(Date.now() + 3_600_000), t.db)).toBe(true);
      const digests = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, reader.email), eq(emailOutbox.kind, "scheduleChanged")));
      expect(digests).toHaveLength(1);
      expect(digests[0]!.body).toContain(said[reader.locale]);
    }
    const log = await listAudit(forumId, { limit: held.length + 1 }, t.db);
    expect(log.filter((e) => e.action === "meeting.move")).toHaveLength(held.length);
    expect(log.find((e) => e.action === "table.disable")).toMatchObject({ after: { number: 12, active: false, meetingsMoved: held.length } });
  });

  it("never lets a meeting onto a disabled table: the database refuses it", async () => {
    const disabled = await tableNo(12);
    const [meeting] = await t.db.select().from(meetings).where(ne(meetings.status, "cancelled")).limit(1);
    await expect(t.db.update(meetings).set({ tableId: disabled.id }).where(eq(meetings.id, meeting!.id))).rejects.toMatchObject({ cause: { code: "PA004" } });
  });

  it("enables it again, and refuses a participant", async () => {
    const table = await tableNo(12);
    await expect(setTableActive(participant, forumId, { tableId: table.id, active: true, confirm: false, targets: {} }, t.db)).rejects.toMatchObject({ status: 403 });
    expect((await tableNo(12)).active).toBe(false);
    await setTableActive(organiser, forumId, { tableId: table.id, active: true, confirm: false, targets: {} }, t.db);
    expect((await tableNo(12)).active).toBe(true);
  });
});
