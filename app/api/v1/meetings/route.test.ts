import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, notInArray } from "drizzle-orm";
import { emailOutbox, forums, meetingRequests, meetings, scheduleChanges, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { openApiDocument } from "@/lib/api/openapi";
import { sendScheduleDigest } from "@/lib/notices/digest";
import { answerRequest } from "@/lib/requests/answer";

// The booking routes as an integration reaches them: Request in, JSON out. Only the session is stood in for.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDatabase;
let slotsRoute: typeof import("../meeting-requests/[id]/slots/route").GET;
let book: typeof import("./route").POST;
let one: typeof import("./[id]/route");
let ivan: User;
let amina: User;
let karim: User;
let nadia: User;
let forumId: string;

const byEmail = async (name: string) => (await t.db.select().from(users).where(eq(users.email, `${name}@demo.passerelle.test`)))[0]!;
const json = (method: string, url: string, body?: unknown, type = "application/json") =>
  new Request(url, { method, headers: { "content-type": type }, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const read = async (response: Response) => ({ status: response.status, body: await response.json() });

async function freeSlots(user: User | null, requestId: string) {
  session.user = user;
  return read(await slotsRoute(new Request(`http://localhost/api/v1/meeting-requests/${requestId}/slots`), params(requestId)));
}
async function post(user: User | null, body: unknown, type?: string) {
  session.user = user;
  return read(await book(json("POST", "http://localhost/api/v1/meetings", body, type)));
}
async function patch(user: User | null, id: string, body: unknown) {
  session.user = user;
  return read(await one.PATCH(json("PATCH", `http://localhost/api/v1/meetings/${id}`, body), params(id)));
}
async function remove(user: User | null, id: string) {
  session.user = user;
  return read(await one.DELETE(new Request(`http://localhost/api/v1/meetings/${id}`, { method: "DELETE" }), params(id)));
}
const accepted = async (from: User, to: User) =>
  (await t.db.insert(meetingRequests).values({ forumId, fromCompanyId: from.companyId!, toCompanyId: to.companyId!, status: "accepted" }).returning())[0]!;
const outboxTo = (user: User) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, user.email));
const changesOf = async (user: User, meetingId: string) =>
  (await t.db.select().from(scheduleChanges).where(and(eq(scheduleChanges.userId, user.id), eq(scheduleChanges.meetingId, meetingId)))).map((c) => c.kind);

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;
  ivan = await byEmail("ivan.petrov");
  amina = await byEmail("amina.benali");
  karim = await byEmail("karim.haddad");
  nadia = await byEmail("nadia.mansouri");
  ({ GET: slotsRoute } = await import("../meeting-requests/[id]/slots/route"));
  ({ POST: book } = await import("./route"));
  one = await import("./[id]/route");
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
// The demo's own meetings stay; what a test booked and asked goes.
beforeEach(async () => {
  await t.db.delete(meetings).where(eq(meetings.origin, "self"));
  await t.db.delete(meetingRequests).where(notInArray(meetingRequests.id, t.db.select({ id: meetings.requestId }).from(meetings)));
  await t.db.delete(emailOutbox);
});

describe("GET /api/v1/meeting-requests/{id}/slots", () => {
  it("lists the slots free for both sides, in UTC with the forum's zone, to either side only", async () => {
    const request = await accepted(amina, ivan);
    const listed = await freeSlots(ivan, request.id);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ requestId: request.id, timeZone: "Africa/Algiers" });
    expect(listed.body.slots.length).toBeGreaterThan(5);
    expect(listed.body.slots[0]).toMatchObject({ id: expect.any(String), day: "2026-12-08", freeTables: expect.any(Number) });
    // Ivan's demo meeting at 10:00 Algiers (09:00 UTC) is not offered.
    expect(listed.body.slots.map((s: { startsAt: string }) => s.startsAt)).not.toContain("2026-12-08T09:00:00.000Z");
    expect((await freeSlots(amina, request.id)).body.slots).toEqual(listed.body.slots);

    expect(await freeSlots(karim, request.id)).toMatchObject({ status: 404, body: { error: { code: "notFound" } } });
    expect(await freeSlots(nadia, request.id)).toMatchObject({ status: 403, body: { error: { code: "companyNotApproved" } } });
    expect(await freeSlots(null, request.id)).toMatchObject({ status: 401, body: { error: { code: "signInRequired" } } });
    expect(await freeSlots(ivan, "not-a-uuid")).toMatchObject({ status: 404 });
    const open = (await t.db.insert(meetingRequests).values({ forumId, fromCompanyId: karim.companyId!, toCompanyId: ivan.companyId! }).returning())[0]!;
    expect(await freeSlots(ivan, open.id)).toMatchObject({
      status: 409,
      body: { error: { code: "requestNotAccepted", message: "The request must be accepted first." } },
    });
  });
});

describe("POST /api/v1/meetings", () => {
  it("books a free slot (201), tells the other side in its language, and refuses a second booking", async () => {
    const request = await accepted(amina, ivan);
    const [slot, other] = (await freeSlots(ivan, request.id)).body.slots;
    const booked = await post(ivan, { requestId: request.id, slotId: slot.id });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      requestId: request.id,
      status: "scheduled",
      slotId: slot.id,
      startsAt: slot.startsAt,
      sequence: 0,
      table: { number: expect.any(Number) },
      calendarUrl: `/calendar/meetings/${booked.body.id}`,
    });
    // Amina reads Arabic: her e-mail is in Arabic, the times in Algiers' zone.
    const [mail] = await outboxTo(amina);
    expect(mail).toMatchObject({ kind: "meetingBooked", locale: "ar" });
    expect(mail!.subject).toContain("АО «ВолгаФарм»");
    expect(mail!.body).toContain("(UTC+1)");
    expect(await outboxTo(ivan)).toHaveLength(0);

    expect(await post(amina, { requestId: request.id, slotId: other.id })).toMatchObject({
      status: 409,
      body: { error: { code: "alreadyBooked", message: "This meeting is already booked." } },
    });
  });

  it("refuses a participant of another company, a company awaiting approval, and a signed-out caller", async () => {
    const request = await accepted(amina, ivan);
    const [slot] = (await freeSlots(ivan, request.id)).body.slots;
    expect(await post(karim, { requestId: request.id, slotId: slot.id })).toMatchObject({ status: 404, body: { error: { code: "notFound" } } });
    expect(await post(nadia, { requestId: request.id, slotId: slot.id })).toMatchObject({ status: 403, body: { error: { code: "companyNotApproved" } } });
    expect(await post(null, { requestId: request.id, slotId: slot.id })).toMatchObject({ status: 401 });
    expect(await t.db.select().from(meetings).where(eq(meetings.requestId, request.id))).toHaveLength(0);
  });

  it("answers 400 naming each bad field, 404 for an unknown slot, 415 without JSON", async () => {
    const request = await accepted(amina, ivan);
    const bad = await post(ivan, { requestId: "nope", slotId: 7 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalidInput", fields: { requestId: { code: "notFound" }, slotId: { code: "chooseSlot", message: "Choose a slot." } } });
    expect(await post(ivan, "{")).toMatchObject({ status: 400, body: { error: { code: "invalidJson" } } });
    expect(await post(ivan, { requestId: request.id, slotId: crypto.randomUUID() })).toMatchObject({ status: 404, body: { error: { fields: { slotId: { code: "notFound" } } } } });
    expect(await post(ivan, JSON.stringify({ requestId: request.id }), "text/plain")).toMatchObject({ status: 415, body: { error: { code: "jsonRequired" } } });
  });

  it("lets one of two bookings of one delegate's slot through; the other is told a delegate was taken", async () => {
    const [first, second] = [await accepted(amina, ivan), await accepted(karim, ivan)];
    const [slot] = (await freeSlots(ivan, first.id)).body.slots;
    const results = await Promise.all([post(ivan, { requestId: first.id, slotId: slot.id }), post(ivan, { requestId: second.id, slotId: slot.id })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const lost = results.find((r) => r.status === 409)!;
    expect(lost.body.error).toMatchObject({ code: "attendeeBusy", message: expect.stringContaining("one of the delegates") });
  });
});

describe("PATCH and DELETE /api/v1/meetings/{id}", () => {
  it("moves a meeting (sequence raised, the change kept for the other side's digest), then cancels it, freeing the slot", async () => {
    const request = await accepted(amina, ivan);
    const [a, b] = (await freeSlots(amina, request.id)).body.slots;
    const { body: meeting } = await post(amina, { requestId: request.id, slotId: a.id });

    expect(await patch(karim, meeting.id, { slotId: b.id })).toMatchObject({ status: 404 });
    expect(await patch(ivan, meeting.id, { slotId: "x" })).toMatchObject({ status: 400, body: { error: { fields: { slotId: { code: "chooseSlot" } } } } });
    const aminaMails = (await outboxTo(amina)).length;
    const moved = await patch(ivan, meeting.id, { slotId: b.id });
    expect(moved).toMatchObject({ status: 200, body: { id: meeting.id, slotId: b.id, startsAt: b.startsAt, sequence: 1 } });
    // No e-mail per change: the move waits for each other delegate's next digest.
    expect(await outboxTo(amina)).toHaveLength(aminaMails);
    expect(await changesOf(amina, meeting.id)).toEqual(["moved"]);
    expect(await changesOf(ivan, meeting.id)).toEqual([]);

    expect(await remove(karim, meeting.id)).toMatchObject({ status: 404 });
    expect(await remove(ivan, "not-a-uuid")).toMatchObject({ status: 404 });
    const ivanMails = (await outboxTo(ivan)).length;
    expect(await remove(amina, meeting.id)).toMatchObject({ status: 200, body: { status: "cancelled", sequence: 2 } });
    expect(await outboxTo(ivan)).toHaveLength(ivanMails);
    expect(await changesOf(ivan, meeting.id)).toEqual(["cancelled"]);
    expect(await sendScheduleDigest(ivan.id, new Date(Date.now() + 3_600_000), t.db)).toBe(true);
    const [digest] = (await outboxTo(ivan)).filter((m) => m.kind === "scheduleChanged");
    expect(digest).toMatchObject({ locale: "ru", subject: "Ваше расписание изменилось" });
    expect(digest!.body).toContain("Saidal Atlas Pharma");
    expect(await remove(amina, meeting.id)).toMatchObject({
      status: 409,
      body: { error: { code: "meetingNotScheduled", message: "This meeting is no longer scheduled." } },
    });
    expect((await freeSlots(ivan, request.id)).body.slots.map((s: { id: string }) => s.id)).toContain(b.id);
  });
});

describe("withdrawing a booked request", () => {
  it("cancels its meeting too, so the slot is free again", async () => {
    const request = await accepted(amina, ivan);
    const [slot] = (await freeSlots(ivan, request.id)).body.slots;
    const { body: meeting } = await post(ivan, { requestId: request.id, slotId: slot.id });
    await answerRequest(amina, { requestId: request.id, action: "cancel", note: "" }, t.db);
    expect((await t.db.select().from(meetings).where(eq(meetings.id, meeting.id)))[0]!.status).toBe("cancelled");
    expect(await changesOf(ivan, meeting.id)).toEqual(["cancelled"]);
    expect(await changesOf(amina, meeting.id)).toEqual([]);
    const other = await accepted(karim, ivan);
    expect((await freeSlots(ivan, other.id)).body.slots.map((s: { id: string }) => s.id)).toContain(slot.id);
  });
});

describe("the OpenAPI document", () => {
  it("describes the booking endpoints", () => {
    const paths = openApiDocument.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    expect(Object.keys(paths["/api/v1/meeting-requests/{id}/slots"]!)).toEqual(["get"]);
    expect(Object.keys(paths["/api/v1/meetings"]!)).toEqual(["post"]);
    expect(Object.keys(paths["/api/v1/meetings/{id}"]!).sort()).toEqual(["delete", "patch"]);
    expect(Object.keys(paths["/api/v1/meetings"]!.post!.responses)).toEqual(expect.arrayContaining(["201", "400", "401", "403", "404", "409", "415"]));
    const refs = JSON.stringify(openApiDocument).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(openApiDocument.components.schemas, ref).toHaveProperty(ref.split("/").pop()!);
  });
});
