import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { auditLog, companies, emailOutbox, forums, meetingRequests, users, type User } from "@/db/schema";
import { requestExpirySchema } from "@/lib/schemas/reminders";
import { setRequestExpiry } from "./expiry-settings";
import { rowsOf } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { expireRequests, nudgeExpiringRequests } from "./expiry";
import { respondToRequest } from "./respond";
import { sendRequest } from "./send";

let t: TestDatabase;
let amina: User; // Algerian pharma, reads Arabic
let ivan: User; // Russian pharma, reads Russian
let elena: User;
let karim: User;
let ivanColleague: User;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  const demo = (name: string) => byEmail(`${name}@demo.passerelle.test`);
  amina = await demo("amina.benali");
  ivan = await demo("ivan.petrov");
  elena = await demo("elena.smirnova");
  karim = await demo("karim.haddad");
  ivanColleague = await insertUser({ email: "colleague@ivan.test", fullName: "Pavel Orlov", companyId: ivan.companyId, locale: "ru" }, t.db);
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.execute(sql`delete from meeting_requests where status <> 'accepted'`);
  await t.db.delete(emailOutbox);
  await t.db.update(forums).set({ meetingCap: 20, requestExpiryDays: 3, selfBookingClosesAt: null });
});

const send = (from: User, to: User) => sendRequest(from, { toCompanyId: to.companyId!, message: "Rencontrons-nous" }, t.db);
const age = (id: string, ms: number) => t.db.update(meetingRequests).set({ createdAt: new Date(Date.now() - ms) }).where(eq(meetingRequests.id, id));
const statusOf = async (id: string) => (await t.db.select().from(meetingRequests).where(eq(meetingRequests.id, id)))[0]!;
const forumEnd = async () => {
  const [row] = rowsOf<{ end: string | Date }>(await t.db.execute(sql`select ((ends_on + 1)::timestamp - interval '1 minute') at time zone time_zone as "end" from forums`));
  return new Date(row!.end);
};
const mailsOf = (kind: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, kind));

describe("requests that expire", () => {
  it("expires an unanswered request after the forum's number of days and tells the sender in their language", async () => {
    const old = await send(amina, ivan);
    const fresh = await send(karim, elena);
    await age(old.id, 3 * DAY + 60_000);
    await age(fresh.id, 2 * DAY);
    expect(await expireRequests(new Date(), t.db)).toBe(1);
    const expired = await statusOf(old.id);
    expect(expired.status).toBe("expired");
    expect(expired.expiredAt).toBeInstanceOf(Date);
    expect((await statusOf(fresh.id)).status).toBe("open");
    const senders = await t.db.select().from(users).where(eq(users.companyId, amina.companyId!));
    const mails = await mailsOf("requestExpired");
    expect(mails.map((m) => m.toEmail).sort()).toEqual(senders.map((s) => s.email).sort());
    const mail = mails.find((m) => m.toEmail === amina.email);
    expect(mail).toMatchObject({ toEmail: amina.email, locale: "ar" });
    expect(mail!.subject).toContain("انتهت صلاحية");
    expect(mail!.body).toMatch(/UTC\+1/);
    // A second run finds nothing more to do.
    expect(await expireRequests(new Date(), t.db)).toBe(0);
    expect(await mailsOf("requestExpired")).toHaveLength(senders.length);
  });

  it("frees the pair: either side may ask again once a request expired", async () => {
    const first = await send(amina, ivan);
    await expect(send(ivan, amina)).rejects.toMatchObject({ code: "requestExists" });
    await age(first.id, 4 * DAY);
    await expireRequests(new Date(), t.db);
    const again = await send(ivan, amina);
    expect(again.status).toBe("open");
  });

  it("never counts toward the cap, and never expires an accepted request", async () => {
    await t.db.update(forums).set({ meetingCap: 1 });
    const [before] = await t.db.select({ n: companies.acceptedMeetings }).from(companies).where(eq(companies.id, amina.companyId!));
    // Amina's company sits at its cap from the demo's accepted meetings; make room for one.
    await t.db.update(forums).set({ meetingCap: before!.n + 1 });
    const toIvan = await send(amina, ivan);
    const fromElena = await send(elena, amina);
    await age(toIvan.id, 4 * DAY);
    await age(fromElena.id, 1 * DAY);
    await expireRequests(new Date(), t.db);
    const [after] = await t.db.select({ n: companies.acceptedMeetings }).from(companies).where(eq(companies.id, amina.companyId!));
    expect(after!.n).toBe(before!.n);
    // The one free place is still there for another request.
    const accepted = await respondToRequest(amina, { requestId: fromElena.id, decision: "accept", note: "" }, t.db);
    expect(accepted.status).toBe("accepted");
    await age(accepted.id, 30 * DAY);
    expect(await expireRequests(new Date(), t.db)).toBe(0);
    expect((await statusOf(accepted.id)).status).toBe("accepted");
    await t.db.update(meetingRequests).set({ status: "cancelled" }).where(eq(meetingRequests.id, accepted.id));
  });

  it("expires every open request when self-service booking closes, whatever their age", async () => {
    await t.db.update(forums).set({ requestExpiryDays: null, selfBookingClosesAt: new Date(Date.now() - 60_000) });
    const a = await send(amina, ivan);
    const b = await send(karim, elena);
    expect(await expireRequests(new Date(), t.db)).toBe(2);
    expect((await t.db.select().from(meetingRequests).where(inArray(meetingRequests.id, [a.id, b.id]))).every((r) => r.status === "expired")).toBe(true);
  });

  it("leaves requests alone before the forum's end when it sets no expiry and booking stays open", async () => {
    await t.db.update(forums).set({ requestExpiryDays: null, selfBookingClosesAt: null });
    const request = await send(amina, ivan);
    await age(request.id, 59 * DAY);
    const before = new Date((await forumEnd()).getTime() - 2 * DAY);
    expect(await expireRequests(before, t.db)).toBe(0);
    expect(await nudgeExpiringRequests(before, t.db)).toBe(0);
  });

  it("expires what is still open when the forum's last day ends in its time zone, with a nudge the day before", async () => {
    await t.db.update(forums).set({ requestExpiryDays: null, selfBookingClosesAt: null });
    const end = await forumEnd();
    expect(end.toISOString()).toBe("2026-12-09T22:59:00.000Z"); // 23:59 in Algiers on 9 December
    const request = await send(amina, ivan);
    // Sent a week before the end: a request sent within two days of it is nudged halfway instead.
    await t.db.update(meetingRequests).set({ createdAt: new Date(end.getTime() - 7 * DAY) }).where(eq(meetingRequests.id, request.id));
    expect(await nudgeExpiringRequests(new Date(end.getTime() - DAY - 60_000), t.db)).toBe(0);
    expect(await nudgeExpiringRequests(new Date(end.getTime() - DAY + 60_000), t.db)).toBe(1);
    expect(await expireRequests(new Date(end.getTime() - 60_000), t.db)).toBe(0);
    expect(await expireRequests(end, t.db)).toBe(1);
    expect((await statusOf(request.id)).status).toBe("expired");
  });

  it("nudges each receiving delegate once, a day before the request expires", async () => {
    const soon = await send(amina, ivan);
    const later = await send(karim, elena);
    await age(soon.id, 2 * DAY + 60_000);
    await age(later.id, DAY);
    expect(await nudgeExpiringRequests(new Date(), t.db)).toBe(1);
    expect(await nudgeExpiringRequests(new Date(), t.db)).toBe(0);
    const mails = await mailsOf("requestExpiring");
    const receivers = await t.db.select().from(users).where(eq(users.companyId, ivan.companyId!));
    expect(receivers.map((r) => r.email)).toContain(ivanColleague.email);
    expect(mails.map((m) => m.toEmail).sort()).toEqual(receivers.map((r) => r.email).sort());
    const ivanMail = mails.find((m) => m.toEmail === ivan.email)!;
    expect(ivanMail.locale).toBe("ru");
    expect(ivanMail.subject).toContain("скоро истечёт");
    expect((await statusOf(soon.id)).remindedAt).toBeInstanceOf(Date);
  });

  it("expires and nudges each request once when two workers run at the same moment", async () => {
    const expiring = await Promise.all([send(amina, ivan), send(karim, elena)]);
    for (const r of expiring) await age(r.id, 5 * DAY);
    const results = await Promise.all([expireRequests(new Date(), t.db), expireRequests(new Date(), t.db)]);
    expect(results[0] + results[1]).toBe(2);
    const mails = await mailsOf("requestExpired");
    const senders = await t.db.select().from(users).where(inArray(users.companyId, [amina.companyId!, karim.companyId!]));
    expect(mails).toHaveLength(senders.length);
  });
});

describe("the organiser's expiry setting", () => {
  it("reads a number of days from 1 to 60, or empty for none, and refuses anything else with a message key", () => {
    expect(requestExpirySchema.parse({ requestExpiryDays: "14" })).toEqual({ requestExpiryDays: 14 });
    expect(requestExpirySchema.parse({ requestExpiryDays: " " })).toEqual({ requestExpiryDays: null });
    for (const bad of ["0", "61", "2.5", "abc", "-3"]) {
      const result = requestExpirySchema.safeParse({ requestExpiryDays: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0]!.message, bad).toBe("expiryDaysRange");
    }
  });

  it("is changed by an organiser only, with an audit entry", async () => {
    const [forum] = await t.db.select().from(forums);
    await expect(setRequestExpiry(amina, forum!.id, { requestExpiryDays: 2 }, t.db)).rejects.toMatchObject({ status: 403 });
    await expect(setRequestExpiry(null, forum!.id, { requestExpiryDays: 2 }, t.db)).rejects.toMatchObject({ status: 401 });
    expect((await t.db.select().from(forums))[0]!.requestExpiryDays).toBe(3);
    const organiser = await byEmail("organiser@demo.passerelle.test");
    expect(await setRequestExpiry(organiser, forum!.id, { requestExpiryDays: 10 }, t.db)).toBe(10);
    expect((await t.db.select().from(forums))[0]!.requestExpiryDays).toBe(10);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "forum.requestExpiry"));
    expect(entry).toMatchObject({ actorId: organiser.id, before: { requestExpiryDays: 3 }, after: { requestExpiryDays: 10 } });
    await expect(t.db.update(forums).set({ requestExpiryDays: 0 })).rejects.toThrow();
  });
});
