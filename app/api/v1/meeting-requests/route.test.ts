import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { emailOutbox, meetingRequests, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { openApiDocument } from "@/lib/api/openapi";

// The routes as an integration reaches them: Request in, JSON out. Only the session is stood in for.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDatabase;
let list: typeof import("./route").GET;
let create: typeof import("./route").POST;
let act: typeof import("./[id]/[action]/route").POST;
let ivan: User;
let amina: User;
let karim: User;
let nadia: User;

const byEmail = async (name: string) => (await t.db.select().from(users).where(eq(users.email, `${name}@demo.passerelle.test`)))[0]!;
const base = "http://localhost/api/v1/meeting-requests";
const post = (url: string, body?: unknown, type = "application/json") =>
  new Request(url, { method: "POST", headers: { "content-type": type }, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });

async function send(user: User | null, body: unknown, type?: string) {
  session.user = user;
  const response = await create(post(base, body, type));
  return { status: response.status, body: await response.json() };
}

async function answer(user: User, id: string, action: string, body?: unknown, type?: string) {
  session.user = user;
  const response = await act(post(`${base}/${id}/${action}`, body, type), { params: Promise.resolve({ id, action }) });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  ivan = await byEmail("ivan.petrov");
  amina = await byEmail("amina.benali");
  karim = await byEmail("karim.haddad");
  nadia = await byEmail("nadia.mansouri");
  ({ GET: list, POST: create } = await import("./route"));
  ({ POST: act } = await import("./[id]/[action]/route"));
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(meetingRequests);
  await t.db.delete(emailOutbox);
});

describe("POST /api/v1/meeting-requests", () => {
  it("opens a request (201) under the same rules as the page", async () => {
    const created = await send(ivan, { toCompanyId: amina.companyId, message: "Давайте встретимся" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "open", fromCompanyId: ivan.companyId, toCompanyId: amina.companyId, message: "Давайте встретимся" });
    expect(await t.db.select().from(emailOutbox)).not.toHaveLength(0);

    expect(await send(amina, { toCompanyId: ivan.companyId })).toMatchObject({
      status: 409,
      body: { error: { code: "requestExists", message: expect.stringContaining("already open or accepted") } },
    });
    expect(await send(ivan, { toCompanyId: ivan.companyId })).toMatchObject({ status: 400, body: { error: { code: "requestToSelf" } } });
    expect(await send(ivan, { toCompanyId: nadia.companyId })).toMatchObject({ status: 404, body: { error: { code: "notFound" } } });
    expect(await send(nadia, { toCompanyId: ivan.companyId })).toMatchObject({ status: 403, body: { error: { code: "companyNotApproved" } } });
    expect(await send(null, { toCompanyId: amina.companyId })).toMatchObject({ status: 401, body: { error: { code: "signInRequired" } } });
  });

  it("answers 400 naming every bad field, and refuses a body that is not JSON", async () => {
    const bad = await send(ivan, { toCompanyId: "nope", message: "x".repeat(1001) });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "invalidInput",
      fields: { toCompanyId: { code: "notFound" }, message: { code: "tooLong", message: "This is too long." } },
    });
    expect(await send(ivan, "{not json")).toMatchObject({ status: 400, body: { error: { code: "invalidJson" } } });
    // A form posted from another site (text/plain needs no cross-origin check) is refused.
    expect(await send(ivan, JSON.stringify({ toCompanyId: amina.companyId }), "text/plain")).toMatchObject({
      status: 415,
      body: { error: { code: "jsonRequired" } },
    });
    expect(await t.db.select().from(meetingRequests)).toHaveLength(0);
  });
});

describe("POST /api/v1/meeting-requests/{id}/{action} and GET /api/v1/meeting-requests", () => {
  it("lets the receiver accept with a note; a second answer learns how it stands", async () => {
    const { body: request } = await send(ivan, { toCompanyId: amina.companyId, message: "" });
    expect(await answer(ivan, request.id, "accept")).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await answer(karim, request.id, "cancel")).toMatchObject({ status: 404, body: { error: { code: "notFound" } } });

    const accepted = await answer(amina, request.id, "accept", { note: "يسعدنا اللقاء" });
    expect(accepted).toMatchObject({ status: 200, body: { id: request.id, status: "accepted", responseNote: "يسعدنا اللقاء" } });
    expect(accepted.body.respondedAt).toEqual(expect.any(String));

    expect(await answer(amina, request.id, "decline")).toMatchObject({
      status: 409,
      body: { error: { code: "requestAlready.accepted", message: "This request was already accepted, perhaps by a colleague." } },
    });

    session.user = ivan;
    const lists = await (await list(new Request(base))).json();
    expect(lists.incoming).toEqual([]);
    expect(lists.sent).toEqual([
      expect.objectContaining({ id: request.id, status: "accepted", toCompany: expect.objectContaining({ name: "Saidal Atlas Pharma", country: "DZ" }) }),
    ]);
    session.user = amina;
    expect((await (await list(new Request(base))).json()).incoming).toHaveLength(1);

    expect(await answer(ivan, request.id, "cancel", undefined)).toMatchObject({ status: 200, body: { status: "cancelled" } });

    // An account with no company is told so in words, not with a generic message: in its own
    // language (Ivan reads Russian), or in the one the request asks for.
    session.user = { ...ivan, companyId: null };
    const none = await list(new Request(base));
    expect(none.status).toBe(403);
    expect((await none.json()).error).toEqual({ code: "noCompany", message: "Сначала создайте компанию или присоединитесь к ней: это доступно делегатам компаний." });
    const inEnglish = await list(new Request(base, { headers: { "Accept-Language": "en-GB" } }));
    expect((await inEnglish.json()).error).toEqual({ code: "noCompany", message: "Create or join a company first: this is for company delegates." });
  });

  it("answers 404 for an unknown action or a malformed id, 400 for a long note, 415 without JSON", async () => {
    const { body: request } = await send(ivan, { toCompanyId: amina.companyId });
    expect(await answer(amina, request.id, "approve")).toMatchObject({ status: 404, body: { error: { code: "notFound" } } });
    expect(await answer(amina, "not-a-uuid", "accept")).toMatchObject({ status: 404 });
    expect(await answer(amina, request.id, "accept", { note: "x".repeat(1001) })).toMatchObject({
      status: 400,
      body: { error: { code: "invalidInput", fields: { note: { code: "tooLong" } } } },
    });
    expect(await answer(amina, request.id, "accept", "", "application/x-www-form-urlencoded")).toMatchObject({ status: 415 });
    const [row] = await t.db.select().from(meetingRequests).where(eq(meetingRequests.id, request.id));
    expect(row!.status).toBe("open");
  });

  it("lists nothing for a user without a company: 403, and 401 when signed out", async () => {
    session.user = { ...ivan, companyId: null };
    expect((await list(new Request(base))).status).toBe(403);
    session.user = null;
    expect((await list(new Request(base))).status).toBe(401);
  });
});

describe("the OpenAPI document", () => {
  it("describes the meeting-request endpoints, with schemas that exist", () => {
    const paths = openApiDocument.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    expect(Object.keys(paths["/api/v1/meeting-requests"]!)).toEqual(["get", "post"]);
    expect(Object.keys(paths["/api/v1/meeting-requests/{id}/{action}"]!.post!.responses)).toEqual(
      expect.arrayContaining(["200", "400", "401", "403", "404", "409"]),
    );
    const refs = JSON.stringify(openApiDocument).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(openApiDocument.components.schemas, ref).toHaveProperty(ref.split("/").pop()!);
  });
});
