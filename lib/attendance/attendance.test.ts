import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, inArray } from "drizzle-orm";
import { findFreeSlots, insertMeeting } from "@/db/meetings";
import { listSeatedDelegates } from "@/db/meeting-grid";
import { listVisibleOutcomes } from "@/db/outcomes";
import { auditLog, emailOutbox, forums, meetingAttendance, meetingAttendees, meetingOutcomes, meetingRequests, meetings, slots, users, type Meeting, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { recordOutcome } from "@/lib/outcomes/record";
import { loadReport } from "@/lib/report/report";
import { markAttendance } from "./mark";
import { undoAttendance } from "./undo";

let t: TestDatabase;
let forumId: string;
let organiser: User;
let karim: User;
let ivan: User;
/** Karim's demo meeting, with a Russian renewable-energy company. */
let meeting: Meeting;
let partner: User;
let partnerColleague: User;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
/** After the demo forum: every meeting has begun. */
const afterTheForum = new Date("2026-12-31T12:00:00Z");
const reset = () => t.db.update(meetings).set({ status: "scheduled" }).where(eq(meetings.id, meeting.id));

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;
  organiser = await byEmail("organiser@demo.passerelle.test");
  karim = await byEmail("karim.haddad@demo.passerelle.test");
  ivan = await byEmail("ivan.petrov@demo.passerelle.test");
  const [own] = await t.db.select().from(meetings).where(eq(meetings.companyAId, karim.companyId!));
  meeting = own ?? (await t.db.select().from(meetings).where(eq(meetings.companyBId, karim.companyId!)))[0]!;
  const partnerId = meeting.companyAId === karim.companyId ? meeting.companyBId : meeting.companyAId;
  partner = (await t.db.select().from(users).where(eq(users.companyId, partnerId)).orderBy(asc(users.createdAt)))[0]!;
  partnerColleague = await insertUser({ email: "colleague@partner.test", fullName: "Пётр Колесов", companyId: partnerId, locale: "ru" }, t.db);
  await t.db.insert(meetingAttendees).values({ meetingId: meeting.id, during: meeting.during, userId: partnerColleague.id, companyId: partnerId });
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetingOutcomes);
  await t.db.delete(meetingAttendance);
  await t.db.delete(emailOutbox);
  await t.db.delete(meetings).where(eq(meetings.origin, "self"));
  await reset();
});

describe("attendance", () => {
  it("a no-show frees the table and the delegates, and tells each side in its own language", async () => {
    const partnerSide = [partner.id, partnerColleague.id];
    expect((await findFreeSlots(forumId, partnerSide, t.db)).map((s) => s.id)).not.toContain(meeting.slotId);
    const marked = await markAttendance(karim, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum);
    expect(marked.status).toBe("no_show");
    const [mark] = await t.db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meeting.id));
    expect(mark).toMatchObject({ status: "no_show", absent: meeting.companyAId === karim.companyId ? "b" : "a", markedBy: karim.id, markedByCompanyId: karim.companyId });

    // The absent side's delegates and the table can take another meeting in that very slot.
    expect((await findFreeSlots(forumId, partnerSide, t.db)).map((s) => s.id)).toContain(meeting.slotId);
    // No longer seated, but still named on the organiser's record of the meeting.
    expect(await listSeatedDelegates([meeting.id], t.db)).toEqual([]);
    expect((await listSeatedDelegates([meeting.id], t.db, { evenFreed: true })).map((d) => d.fullName)).toEqual(
      expect.arrayContaining(["Karim Haddad", "Пётр Колесов", partner.fullName]),
    );
    const [request] = await t.db
      .insert(meetingRequests)
      .values({ forumId, fromCompanyId: ivan.companyId!, toCompanyId: karim.companyId!, status: "accepted" })
      .returning();
    const rebooked = await insertMeeting(
      {
        forumId,
        requestId: request!.id,
        slotId: meeting.slotId,
        tableId: meeting.tableId,
        companyAId: ivan.companyId!,
        companyBId: karim.companyId!,
        attendees: [
          { userId: ivan.id, companyId: ivan.companyId! },
          { userId: karim.id, companyId: karim.companyId! },
        ],
      },
      t.db,
    );
    expect(rebooked.status).toBe("scheduled");
    // The meeting's own request can be booked again too.
    await t.db.delete(meetings).where(eq(meetings.id, rebooked.id));

    const mail = await t.db.select().from(emailOutbox).orderBy(asc(emailOutbox.toEmail));
    // Karim marked it: he is not told what he said; the absent side hears of it, in Russian.
    expect(mail.map((m) => m.toEmail)).not.toContain(karim.email);
    const absentMail = mail.filter((m) => m.kind === "meetingMissed");
    expect(absentMail.map((m) => m.toEmail).sort()).toEqual([partner.email, partnerColleague.email].sort());
    const russian = absentMail.find((m) => m.toEmail === partnerColleague.email)!;
    expect(russian.locale).toBe("ru");
    expect(russian.subject).toContain("неявка");
    expect(russian.body).toContain("SARL Atlas Solaire");
    // The day and time in Russian, in the forum's named zone, not « 2026-12-08 » and « (Africa/Algiers) ».
    expect(russian.body).toMatch(/ 8 декабря 2026 г\. в \d\d:\d\d — Алжир \(UTC\+1\) /);
    expect(russian.body).not.toContain("Africa/Algiers");
    // A link to the page where it is seen, in the reader's language, on a line of its own.
    expect(russian.body).toMatch(/^https?:\/\/[^/\s]+\/ru\/schedule$/m);
  });

  it("tells the side that came when an organiser records the other side absent", async () => {
    const absent = meeting.companyAId === karim.companyId ? "b" : "a";
    await markAttendance(organiser, { meetingId: meeting.id, status: "no_show", absent }, t.db, afterTheForum);
    const told = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "meetingNoShow"));
    expect(told.map((m) => m.toEmail)).toEqual([karim.email]);
    expect(told[0]!.locale).toBe("fr");
    expect(told[0]!.subject).toMatch(/n'est pas venu/);
    expect(told[0]!.body).toMatch(/^Votre rendez-vous du mardi 8 décembre 2026 à \d\d:\d\d — /m);
    await reset();
    await t.db.delete(meetingAttendance);
    await expect(markAttendance(organiser, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum)).rejects.toMatchObject({ code: "absentSideRequired" });
  });

  it("is marked once: a second mark, even at the same moment, is told it was already done", async () => {
    const results = await Promise.allSettled([
      markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum),
      markAttendance(partner, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum),
      markAttendance(organiser, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "attendanceAlreadyMarked", status: 409 });
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(1);
  });

  it("takes no absence before the meeting begins: nothing is freed and nobody is told", async () => {
    const [slot] = await t.db.select().from(slots).where(eq(slots.id, meeting.slotId));
    const justBefore = new Date(slot!.startsAt.getTime() - 1_000);
    await expect(markAttendance(karim, { meetingId: meeting.id, status: "no_show" }, t.db, justBefore)).rejects.toMatchObject({ code: "noShowTooEarly", status: 409 });
    const absent = meeting.companyAId === karim.companyId ? "b" : "a";
    await expect(markAttendance(organiser, { meetingId: meeting.id, status: "no_show", absent }, t.db, justBefore)).rejects.toMatchObject({ code: "noShowTooEarly" });
    expect((await t.db.select().from(meetings).where(eq(meetings.id, meeting.id)))[0]!.status).toBe("scheduled");
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(0);
    expect(await t.db.select().from(emailOutbox)).toHaveLength(0);
    // From its first second, it does.
    expect((await markAttendance(karim, { meetingId: meeting.id, status: "no_show" }, t.db, slot!.startsAt)).status).toBe("no_show");
  });

  it("is not marked held before the meeting begins, by a delegate or an organiser, and its outcome stays closed", async () => {
    const [slot] = await t.db.select().from(slots).where(eq(slots.id, meeting.slotId));
    const justBefore = new Date(slot!.startsAt.getTime() - 1_000);
    await expect(markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, justBefore)).rejects.toMatchObject({ code: "heldTooEarly", status: 409 });
    await expect(markAttendance(organiser, { meetingId: meeting.id, status: "held" }, t.db, justBefore)).rejects.toMatchObject({ code: "heldTooEarly" });
    expect((await t.db.select().from(meetings).where(eq(meetings.id, meeting.id)))[0]!.status).toBe("scheduled");
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(0);
    await expect(recordOutcome(karim, { meetingId: meeting.id, outcome: "mou" }, t.db)).rejects.toMatchObject({ code: "outcomeNeedsHeld" });
    expect((await markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, slot!.startsAt)).status).toBe("held");
  });

  it("is refused to a delegate of neither side, who learns nothing of the meeting", async () => {
    await expect(markAttendance(ivan, { meetingId: meeting.id, status: "held" }, t.db)).rejects.toMatchObject({ code: "notFound", status: 404 });
    await expect(markAttendance(null, { meetingId: meeting.id, status: "held" }, t.db)).rejects.toMatchObject({ code: "signInRequired" });
    expect((await t.db.select().from(meetings).where(eq(meetings.id, meeting.id)))[0]!.status).toBe("scheduled");
  });
});

describe("undoing a mark", () => {
  const status = async () => (await t.db.select().from(meetings).where(eq(meetings.id, meeting.id)))[0]!.status;

  it("lets an organiser take back a meeting marked held: scheduled again, the mark gone, the undo audited, nobody e-mailed", async () => {
    await markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum);
    const undone = await undoAttendance(organiser, { meetingId: meeting.id }, t.db);
    expect(undone.status).toBe("scheduled");
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(0);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, meeting.id), eq(auditLog.action, "meeting.unmarked")));
    expect(audit).toMatchObject({ actorId: organiser.id, before: { status: "held", absent: null }, after: { status: "scheduled" } });
    expect(await t.db.select().from(emailOutbox)).toHaveLength(0);
    // It can be marked anew.
    expect((await markAttendance(partner, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum)).status).toBe("no_show");
  });

  it("restores a meeting wrongly marked missed: its table and delegates are held again, and both sides are told, each in its language", async () => {
    const partnerSide = [partner.id, partnerColleague.id];
    await markAttendance(karim, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum);
    await t.db.delete(emailOutbox);
    await undoAttendance(organiser, { meetingId: meeting.id }, t.db);
    expect(await status()).toBe("scheduled");
    expect((await findFreeSlots(forumId, partnerSide, t.db)).map((s) => s.id)).not.toContain(meeting.slotId);
    const mail = await t.db.select().from(emailOutbox);
    expect(mail.every((m) => m.kind === "meetingRestored")).toBe(true);
    expect(mail.map((m) => m.toEmail)).toEqual(expect.arrayContaining([karim.email, partner.email, partnerColleague.email]));
    const russian = mail.find((m) => m.toEmail === partnerColleague.email)!;
    expect(russian.locale).toBe("ru");
    expect(russian.subject).toBe("Встреча с SARL Atlas Solaire восстановлена");
    expect(mail.find((m) => m.toEmail === karim.email)!.body).toContain("corrigée par les organisateurs");
  });

  it("is refused to a delegate, even of the meeting, and to nobody signed in: nothing changes", async () => {
    await markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum);
    await expect(undoAttendance(karim, { meetingId: meeting.id }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(undoAttendance(null, { meetingId: meeting.id }, t.db)).rejects.toMatchObject({ code: "signInRequired" });
    expect(await status()).toBe("held");
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(1);
  });

  it("keeps a mark once an outcome is recorded, and has nothing to undo on a meeting not marked", async () => {
    await expect(undoAttendance(organiser, { meetingId: meeting.id }, t.db)).rejects.toMatchObject({ code: "attendanceNotMarked", status: 409 });
    await markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum);
    await recordOutcome(karim, { meetingId: meeting.id, outcome: "mou" }, t.db);
    await expect(undoAttendance(organiser, { meetingId: meeting.id }, t.db)).rejects.toMatchObject({ code: "attendanceHasOutcomes", status: 409 });
    expect(await status()).toBe("held");
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(1);
  });

  it("cannot restore a missed meeting whose slot was booked again since: a plain refusal, the absence kept", async () => {
    await markAttendance(karim, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum);
    const again = await insertMeeting(
      {
        forumId,
        requestId: meeting.requestId,
        slotId: meeting.slotId,
        tableId: meeting.tableId,
        companyAId: meeting.companyAId,
        companyBId: meeting.companyBId,
        attendees: [{ userId: karim.id, companyId: karim.companyId! }],
      },
      t.db,
    );
    await t.db.delete(emailOutbox);
    await expect(undoAttendance(organiser, { meetingId: meeting.id }, t.db)).rejects.toMatchObject({ code: "attendanceSlotTaken", status: 409 });
    expect(await status()).toBe("no_show");
    expect(await t.db.select().from(meetingAttendance)).toHaveLength(1);
    expect(await t.db.select().from(emailOutbox)).toHaveLength(0);
    await t.db.delete(meetings).where(eq(meetings.id, again.id));
  });

  it("of two organisers undoing at once, one does it and the other is told there is nothing left to undo", async () => {
    const second = await insertUser({ email: "second.organiser@demo.passerelle.test", fullName: "Second Organiser", role: "organiser", locale: "fr" }, t.db);
    await markAttendance(karim, { meetingId: meeting.id, status: "no_show" }, t.db, afterTheForum);
    await t.db.delete(emailOutbox);
    const results = await Promise.allSettled([undoAttendance(organiser, { meetingId: meeting.id }, t.db), undoAttendance(second, { meetingId: meeting.id }, t.db)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "attendanceNotMarked", status: 409 });
    // Both sides told once, not twice.
    const mail = await t.db.select().from(emailOutbox);
    expect(new Set(mail.map((m) => m.toEmail)).size).toBe(mail.length);
  });
});

describe("outcomes", () => {
  it("wait for the meeting to be held", async () => {
    await expect(recordOutcome(karim, { meetingId: meeting.id, outcome: "mou" }, t.db)).rejects.toMatchObject({ code: "outcomeNeedsHeld" });
  });

  it("are each side's own: never shown to the other side, all shown to organisers", async () => {
    await markAttendance(partner, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum);
    await recordOutcome(karim, { meetingId: meeting.id, outcome: "contract", estimatedValue: 250000, currency: "EUR", note: "Prix négocié : 4 % sous leur offre" }, t.db);
    await recordOutcome(partner, { meetingId: meeting.id, outcome: "follow_up", note: "Не уверены в объёмах" }, t.db);
    // A side changes its mind: still one record per side.
    await recordOutcome(karim, { meetingId: meeting.id, outcome: "contract", estimatedValue: 300000, currency: "EUR", note: "Prix final" }, t.db);

    const karimSees = await listVisibleOutcomes(meeting.id, { companyId: karim.companyId, organiser: false }, t.db);
    expect(karimSees).toHaveLength(1);
    expect(karimSees[0]).toMatchObject({ companyId: karim.companyId, outcome: "contract", estimatedValue: "300000.00", note: "Prix final" });
    const partnerSees = await listVisibleOutcomes(meeting.id, { companyId: partner.companyId, organiser: false }, t.db);
    expect(partnerSees.map((o) => o.note)).toEqual(["Не уверены в объёмах"]);
    expect(JSON.stringify(partnerSees)).not.toContain("Prix");
    expect(await listVisibleOutcomes(meeting.id, { companyId: ivan.companyId, organiser: false }, t.db)).toEqual([]);
    expect(await listVisibleOutcomes(meeting.id, { companyId: organiser.companyId, organiser: true }, t.db)).toHaveLength(2);

    // A stranger can neither write one nor, through the database, slip one in.
    await expect(recordOutcome(ivan, { meetingId: meeting.id, outcome: "mou" }, t.db)).rejects.toMatchObject({ code: "notFound" });
    await expect(t.db.insert(meetingOutcomes).values({ meetingId: meeting.id, companyId: ivan.companyId!, outcome: "mou" })).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "PA004" }),
    });

    // The report counts the deal once, at the larger estimate, in the goal's currency.
    const report = await loadReport(organiser, forumId, t.db);
    expect(report.counts.meetings.held).toBe(1);
    expect(report.value.signed).toBeCloseTo(300000 * report.goal.ratesToUsd.EUR);
    expect(report.byPair.map((p) => `${p.own}-${p.partner}-${p.outcome}`).sort()).toEqual(["DZ-RU-contract", "RU-DZ-follow_up"]);
    expect(report.active[0]!.held).toBe(1);
    await expect(loadReport(karim, forumId, t.db)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuse a value without a currency, through the database too", async () => {
    await markAttendance(karim, { meetingId: meeting.id, status: "held" }, t.db, afterTheForum);
    await expect(
      t.db.insert(meetingOutcomes).values({ meetingId: meeting.id, companyId: karim.companyId!, outcome: "mou", estimatedValue: "10.00" }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23514" }) });
    expect(await t.db.select().from(meetingOutcomes).where(and(eq(meetingOutcomes.meetingId, meeting.id), inArray(meetingOutcomes.companyId, [karim.companyId!])))).toEqual([]);
  });
});
