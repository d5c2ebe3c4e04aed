import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, ne, notInArray } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { findFreeTables } from "@/db/meetings";
import { insertRequest, transitionRequest } from "@/db/requests";
import { companies, emailOutbox, forums, meetingAttendees, meetings, meetingTables, scheduleChanges, slots, users, type Forum, type Meeting, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { bookMeeting } from "@/lib/booking/book";
import { DIGEST_QUIET_SECONDS, dueDigests, sendScheduleDigest } from "@/lib/notices/digest";
import { cancelMeetingAsOrganiser, moveMeetingAsOrganiser } from "./meeting-changes";

let t: TestDatabase;
let forum: Forum;
let organiser: User;
let karim: User;
let ivan: User;

const byEmail = async (name: string) => (await t.db.select().from(users).where(eq(users.email, `${name}@demo.passerelle.test`)))[0]!;
const slotAt = async (iso: string) => (await t.db.select().from(slots).where(eq(slots.startsAt, new Date(iso))))[0]!;
const tableNo = async (n: number) => (await t.db.select().from(meetingTables).where(eq(meetingTables.number, n)))[0]!;
const meetingsOf = async (user: User) =>
  (
    await t.db
      .select({ m: meetings })
      .from(meetings)
      .innerJoin(meetingAttendees, and(eq(meetingAttendees.meetingId, meetings.id), eq(meetingAttendees.userId, user.id)))
      .where(ne(meetings.status, "cancelled"))
      .orderBy(asc(meetings.during))
  ).map((r) => r.m);
const reload = async (m: Meeting) => (await t.db.select().from(meetings).where(eq(meetings.id, m.id)))[0]!;
const auditOf = async (id: string) => (await listAudit(forum.id, { limit: 50, entity: "meeting" }, t.db)).filter((e) => e.entityId === id);
const changesOf = (meetingId: string) => t.db.select().from(scheduleChanges).where(eq(scheduleChanges.meetingId, meetingId));
const delegatesAt = async (m: Meeting) => [
  ...(await t.db.select().from(users).where(eq(users.companyId, m.companyAId))),
  ...(await t.db.select().from(users).where(eq(users.companyId, m.companyBId))),
];
/** Runs the digest as the worker would, once the burst of changes is over. */
const sendDueDigests = async () => {
  const after = new Date(Date.now() + (DIGEST_QUIET_SECONDS + 5) * 1000);
  for (const userId of await dueDigests(after, t.db)) await sendScheduleDigest(userId, after, t.db);
  return t.db.select().from(emailOutbox);
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
  organiser = (await t.db.select().from(users).where(eq(users.role, "organiser")))[0]!;
  [karim, ivan] = await Promise.all([byEmail("karim.haddad"), byEmail("ivan.petrov")]);
}, 180_000);
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(emailOutbox);
  await t.db.delete(scheduleChanges);
});

describe("an organiser moving a meeting", () => {
  it("moves it to the slot and table chosen, with an audit entry and the change kept for every delegate's digest, in their language", async () => {
    const [meeting] = await meetingsOf(karim);
    const target = await slotAt("2026-12-08T15:30:00Z"); // 16:30 in Algiers
    const table = await tableNo(50);
    const moved = await moveMeetingAsOrganiser(organiser, { meetingId: meeting!.id, slotId: target.id, tableId: table.id }, t.db);
    expect(moved).toMatchObject({ slotId: target.id, tableId: table.id, sequence: meeting!.sequence + 1, status: "scheduled" });
    // The delegates follow: their seats carry the new time.
    const seats = await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meeting!.id));
    expect(seats.every((s) => s.during === moved.during)).toBe(true);

    const [entry] = await auditOf(meeting!.id);
    expect(entry).toMatchObject({ action: "meeting.move", actorId: organiser.id });
    expect(entry!.before).toMatchObject({ slotId: meeting!.slotId, tableNumber: 45, startsAt: "2026-12-08T15:00:00.000Z" });
    expect(entry!.after).toMatchObject({ slotId: target.id, tableId: table.id, tableNumber: 50, startsAt: "2026-12-08T15:30:00.000Z" });

    // No e-mail at once: one change per delegate of both sides, for their next digest.
    const delegates = await delegatesAt(meeting!);
    expect(await t.db.select().from(emailOutbox)).toEqual([]);
    const changes = await changesOf(meeting!.id);
    expect(changes.map((c) => c.userId).sort()).toEqual(delegates.map((u) => u.id).sort());
    expect(changes.every((c) => c.kind === "moved" && c.byOrganiser && c.previousTableNumber === 45)).toBe(true);
    expect(changes[0]!.previousStartsAt).toEqual(new Date("2026-12-08T15:00:00Z"));

    const mails = await sendDueDigests();
    expect(mails.map((m) => m.toEmail).sort()).toEqual(delegates.map((u) => u.email).sort());
    expect(mails.every((m) => m.kind === "scheduleChanged")).toBe(true);
    const toKarim = mails.find((m) => m.toEmail === karim.email)!;
    expect(toKarim.locale).toBe(karim.locale);
    const [partner] = await t.db.select().from(companies).where(eq(companies.id, meeting!.companyAId === karim.companyId ? meeting!.companyBId : meeting!.companyAId));
    expect(toKarim.body).toContain(`Déplacé : ${partner!.name}`);
    expect(toKarim.body).toContain("à 16:30, table 50 (au lieu du mardi 8 décembre 2026 à 16:00) — par les organisateurs");
    expect(toKarim.body).toContain("UTC+1");
    const russian = mails.find((m) => m.locale === "ru");
    if (russian) expect(russian.body).toMatch(/Перенесена: .* — изменено организаторами/);
  });

  it("tells of a change of table alone, at the same time", async () => {
    const [meeting] = await meetingsOf(karim);
    const table = (await t.db.select().from(meetingTables).where(eq(meetingTables.id, meeting!.tableId)))[0]!;
    const [target] = await findFreeTables(forum.id, meeting!.slotId, [], t.db);
    await moveMeetingAsOrganiser(organiser, { meetingId: meeting!.id, slotId: meeting!.slotId, tableId: target!.id }, t.db);
    const toKarim = (await sendDueDigests()).find((m) => m.toEmail === karim.email)!;
    expect(toKarim.body).toContain(`table ${target!.number} (au lieu de la table ${table.number}) — par les organisateurs`);
    expect(toKarim.body).toMatch(/^- Nouvelle table : /m);
  });

  it("picks a free table itself when none is chosen", async () => {
    const [meeting] = await meetingsOf(karim);
    const target = await slotAt("2026-12-09T13:00:00Z");
    const moved = await moveMeetingAsOrganiser(organiser, { meetingId: meeting!.id, slotId: target.id }, t.db);
    expect(moved.slotId).toBe(target.id);
    const busy = await t.db.select().from(meetings).where(and(eq(meetings.tableId, moved.tableId), eq(meetings.slotId, target.id), ne(meetings.status, "cancelled")));
    expect(busy).toHaveLength(1);
  });

  it("is refused a table already taken or a delegate already busy, with a plain message and nothing written", async () => {
    const [first, second] = await meetingsOf(ivan);
    const [karimMeeting] = await meetingsOf(karim);
    const before = await reload(first!);
    // Ivan's second meeting's table and slot: the table is taken.
    await expect(
      moveMeetingAsOrganiser(organiser, { meetingId: karimMeeting!.id, slotId: second!.slotId, tableId: second!.tableId }, t.db),
    ).rejects.toMatchObject({ code: "tableTaken", status: 409, field: "tableId" });
    // Ivan's first meeting into the slot of his second one, at a free table: Ivan is busy.
    const freeTable = await tableNo(59);
    await expect(moveMeetingAsOrganiser(organiser, { meetingId: first!.id, slotId: second!.slotId, tableId: freeTable.id }, t.db)).rejects.toMatchObject({
      code: "attendeeBusy",
      status: 409,
    });
    expect(await reload(first!)).toEqual(before);
    expect(await auditOf(first!.id)).toEqual([]);
    expect(await t.db.select().from(emailOutbox)).toEqual([]);
    expect(await t.db.select().from(scheduleChanges)).toEqual([]);
    // Where it already is: nothing to do, said so.
    await expect(moveMeetingAsOrganiser(organiser, { meetingId: first!.id, slotId: first!.slotId }, t.db)).rejects.toMatchObject({ code: "sameSlotAndTable" });
  });

  it("refuses a participant and a signed-out caller, and writes nothing", async () => {
    const [meeting] = await meetingsOf(ivan);
    const target = await slotAt("2026-12-09T14:30:00Z");
    await expect(moveMeetingAsOrganiser(ivan, { meetingId: meeting!.id, slotId: target.id }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(moveMeetingAsOrganiser(null, { meetingId: meeting!.id, slotId: target.id }, t.db)).rejects.toMatchObject({ status: 401 });
    await expect(cancelMeetingAsOrganiser(ivan, { meetingId: meeting!.id }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    expect(await reload(meeting!)).toMatchObject({ status: "scheduled", slotId: meeting!.slotId });
    expect(await t.db.select().from(emailOutbox)).toEqual([]);
    expect(await t.db.select().from(scheduleChanges)).toEqual([]);
  });
});

describe("an organiser cancelling a meeting", () => {
  it("cancels it, frees the delegates, audits it and tells both sides once, a move just before included; a second cancel is refused", async () => {
    const [meeting] = await meetingsOf(karim);
    await moveMeetingAsOrganiser(organiser, { meetingId: meeting!.id, slotId: (await slotAt("2026-12-09T14:00:00Z")).id }, t.db);
    const cancelled = await cancelMeetingAsOrganiser(organiser, { meetingId: meeting!.id }, t.db);
    expect(cancelled.status).toBe("cancelled");
    const seats = await t.db.select().from(meetingAttendees).where(eq(meetingAttendees.meetingId, meeting!.id));
    expect(seats.every((s) => !s.active)).toBe(true);
    const [entry] = await auditOf(meeting!.id);
    expect(entry).toMatchObject({ action: "meeting.cancel", before: { status: "scheduled" }, after: { status: "cancelled" } });
    const delegates = await delegatesAt(meeting!);
    const changes = await changesOf(meeting!.id);
    expect(changes.filter((c) => c.kind === "cancelled" && c.byOrganiser).map((c) => c.userId).sort()).toEqual(delegates.map((u) => u.id).sort());
    // The move and the cancellation: one e-mail per delegate, one line saying it is cancelled.
    const mails = await sendDueDigests();
    expect(mails.map((m) => m.toEmail).sort()).toEqual(delegates.map((u) => u.email).sort());
    const toKarim = mails.find((m) => m.toEmail === karim.email)!;
    expect(toKarim.body.split("\n").filter((l) => l.startsWith("- "))).toEqual([expect.stringMatching(/^- Annulé : .* — par les organisateurs$/)]);
    await expect(cancelMeetingAsOrganiser(organiser, { meetingId: meeting!.id }, t.db)).rejects.toMatchObject({ code: "meetingNotScheduled", status: 409 });
    await expect(cancelMeetingAsOrganiser(organiser, { meetingId: "00000000-0000-4000-8000-000000000000" }, t.db)).rejects.toMatchObject({ status: 404 });
  });
});

describe("a move racing a booking for the same table", () => {
  it("lets exactly one of them have it; the other is told plainly", async () => {
    // One table left in the slot, so the booking can only take the table the organiser wants.
    const table = await tableNo(33);
    await t.db.update(meetingTables).set({ active: false }).where(ne(meetingTables.id, table.id));
    const slot = await slotAt("2026-12-09T09:30:00Z");
    const [toMove] = await meetingsOf(ivan);

    // An accepted request between two companies with no meeting at all, ready to book.
    const busy = (await t.db.select({ a: meetings.companyAId, b: meetings.companyBId }).from(meetings)).flatMap((m) => [m.a, m.b]);
    const free = (country: "DZ" | "RU") =>
      t.db.select().from(companies).where(and(eq(companies.country, country), eq(companies.status, "approved"), notInArray(companies.id, busy))).orderBy(asc(companies.name)).limit(1);
    const [[dz], [ru]] = await Promise.all([free("DZ"), free("RU")]);
    const [booker] = await t.db.select().from(users).where(eq(users.companyId, dz!.id)).limit(1);
    const [receiver] = await t.db.select().from(users).where(eq(users.companyId, ru!.id)).limit(1);
    const request = await insertRequest({ forumId: forum.id, fromCompanyId: dz!.id, toCompanyId: ru!.id, createdBy: booker!.id, message: "" }, t.db);
    await transitionRequest(request.id, ["open"], { status: "accepted", respondedBy: receiver!.id, respondedAt: new Date() }, t.db);

    const results = await Promise.allSettled([
      moveMeetingAsOrganiser(organiser, { meetingId: toMove!.id, slotId: slot.id, tableId: table.id }, t.db),
      bookMeeting(booker!, { requestId: request.id, slotId: slot.id }, t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(["tableTaken", "noTableLeft"]).toContain(lost.reason.code);
    expect(lost.reason.status).toBe(409);
    const atTable = await t.db.select().from(meetings).where(and(eq(meetings.tableId, table.id), eq(meetings.slotId, slot.id), ne(meetings.status, "cancelled")));
    expect(atTable).toHaveLength(1);
    // The audit and the delegates' digests tell of the move only if the move is what happened.
    const moved = results[0].status === "fulfilled";
    expect((await auditOf(toMove!.id)).length).toBe(moved ? 1 : 0);
    expect((await changesOf(toMove!.id)).length > 0).toBe(moved);
    await t.db.update(meetingTables).set({ active: true });
  });
});
