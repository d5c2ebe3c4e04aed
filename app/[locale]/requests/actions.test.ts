import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { meetingRequests, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";

// The actions as the browser reaches them: FormData in, ActionResult out. Only the session
// and Next's cache are stood in for; the database is a real one.
const session = vi.hoisted(() => ({ user: null as User | null }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

let t: TestDatabase;
let send: typeof import("../matches/actions").sendMeetingRequestAction;
let answer: typeof import("./actions").answerRequestAction;
let ivan: User;
let amina: User;
let aminaColleague: User;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  ivan = await byEmail("ivan.petrov@demo.passerelle.test");
  amina = await byEmail("amina.benali@demo.passerelle.test");
  aminaColleague = await insertUser({ email: "riad@saidal.test", fullName: "Riad Hamidi", companyId: amina.companyId, locale: "fr" }, t.db);
  send = (await import("../matches/actions")).sendMeetingRequestAction;
  answer = (await import("./actions")).answerRequestAction;
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(async () => {
  session.user = null;
  revalidated.length = 0;
  await t.db.delete(meetingRequests);
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function sendAs(user: User, toCompanyId: string, message = "Здравствуйте") {
  session.user = user;
  return send(undefined, form({ toCompanyId, message }));
}

describe("the meeting request actions", () => {
  it("send a request, and refuse a second one, one to oneself, or one from a signed-out caller", async () => {
    const first = await sendAs(ivan, amina.companyId!);
    expect(first).toMatchObject({ ok: true, data: { requestId: expect.any(String) } });
    // The suggestions are not redrawn under the user's eyes.
    expect(revalidated).toEqual([]);
    expect(await sendAs(ivan, amina.companyId!, "encore")).toMatchObject({ ok: false, error: "requestExists", values: { message: "encore" } });
    expect(await sendAs(ivan, ivan.companyId!)).toMatchObject({ ok: false, error: "requestToSelf", fieldErrors: { toCompanyId: ["requestToSelf"] } });
    expect(await sendAs(ivan, "not-a-uuid")).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { toCompanyId: ["notFound"] } });
    expect(await sendAs(ivan, amina.companyId!, "x".repeat(1001))).toMatchObject({ ok: false, fieldErrors: { message: ["tooLong"] } });
    session.user = null;
    expect(await send(undefined, form({ toCompanyId: amina.companyId!, message: "" }))).toMatchObject({ ok: false, error: "signInRequired" });
    expect(await t.db.select().from(meetingRequests)).toHaveLength(1);
  });

  it("accept with a note from the button pressed, and tell a colleague who answers late what happened", async () => {
    const sent = await sendAs(ivan, amina.companyId!);
    const requestId = sent.ok ? sent.data!.requestId : "";

    session.user = amina;
    const accepted = await answer(undefined, form({ requestId, action: "accept", note: "Avec plaisir" }));
    expect(accepted).toEqual({ ok: true, data: { status: "accepted" } });
    expect(revalidated).toEqual(["/[locale]/requests"]);
    const [row] = await t.db.select().from(meetingRequests).where(eq(meetingRequests.id, requestId));
    expect(row).toMatchObject({ status: "accepted", responseNote: "Avec plaisir", respondedBy: amina.id });

    session.user = aminaColleague;
    const late = await answer(undefined, form({ requestId, action: "decline", note: "" }));
    expect(late).toMatchObject({ ok: false, error: "requestAlready.accepted" });
    // The page is redrawn so the late colleague sees the request as it stands.
    expect(revalidated).toHaveLength(2);
  });

  it("let the sender cancel but not accept, and keep strangers out", async () => {
    const sent = await sendAs(ivan, amina.companyId!);
    const requestId = sent.ok ? sent.data!.requestId : "";
    session.user = ivan;
    expect(await answer(undefined, form({ requestId, action: "accept" }))).toMatchObject({ ok: false, error: "forbidden" });
    expect(await answer(undefined, form({ requestId, action: "approve" }))).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { action: ["invalidInput"] } });
    session.user = await byEmail("karim.haddad@demo.passerelle.test");
    expect(await answer(undefined, form({ requestId, action: "cancel" }))).toMatchObject({ ok: false, error: "notFound" });
    session.user = ivan;
    expect(await answer(undefined, form({ requestId, action: "cancel", note: "Планы изменились" }))).toEqual({ ok: true, data: { status: "cancelled" } });
  });
});
