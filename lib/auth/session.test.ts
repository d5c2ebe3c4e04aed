import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { emailOutbox } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { formAction } from "@/lib/actions/safe-action";
import { createAccount } from "@/lib/accounts";
import { jsonRoute } from "@/lib/api/route";
import { changePassword } from "./change-password";
import { requestPasswordReset, resetPassword } from "./password-reset";

// The session cookie as next-auth decodes it (lib/auth/config.ts): the user and the session
// version signed in with. Everything after it is the app's own: the database is a real one.
const cookie = vi.hoisted(() => ({ session: null as { user: { id: string; sessionVersion?: number } } | null }));
vi.mock("./config", () => ({ auth: async () => cookie.session }));
vi.mock("@/lib/i18n/navigation", () => ({ redirect: () => {} }));

let t: TestDatabase;
let getCurrentUser: typeof import("./session").getCurrentUser;
beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  ({ getCurrentUser } = await import("./session"));
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(() => {
  cookie.session = null;
});

const password = "the old password";
const account = (email: string) => createAccount({ email, password, fullName: "Amina Benali", locale: "ar" }, "participant", t.db);
const signedInAs = (id: string, sessionVersion?: number) => {
  cookie.session = { user: { id, sessionVersion } };
};

const meRoute = jsonRoute({ access: "user" }, async ({ user }) => ({ id: user.id }));
const meAction = formAction({ schema: z.object({}), access: "user" }, async (_input, user) => ({ ok: true, data: { id: user.id } }));

describe("a session signed in before the password changed", () => {
  it("is no one's on pages, API routes and actions; one signed in since is the user's", async () => {
    const user = await account("amina.sessions@example.org");
    signedInAs(user.id, user.sessionVersion);
    expect((await getCurrentUser())?.id).toBe(user.id);
    expect((await meRoute(new Request("http://localhost/api/v1/me"))).status).toBe(200);

    const changed = await changePassword(user, { currentPassword: password, password: "a brand new password" }, null, t.db);
    expect(await getCurrentUser()).toBeNull();
    const refused = await meRoute(new Request("http://localhost/api/v1/me"));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "signInRequired" } });
    expect(await meAction(null, new FormData())).toMatchObject({ ok: false, error: "signInRequired" });

    signedInAs(user.id, changed.sessionVersion);
    expect((await getCurrentUser())?.id).toBe(user.id);
    expect(await meAction(null, new FormData())).toMatchObject({ ok: true, data: { id: user.id } });
  });

  it("is refused after a reset by link, as is one from before session versions existed", async () => {
    const user = await account("amina.reset.sessions@example.org");
    await requestPasswordReset({ email: user.email }, null, {}, t.db);
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, user.email));
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
    signedInAs(user.id);
    expect((await getCurrentUser())?.id).toBe(user.id);
    await resetPassword({ token, password: "a brand new password" }, {}, t.db);
    expect(await getCurrentUser()).toBeNull();
    expect((await meRoute(new Request("http://localhost/api/v1/me"))).status).toBe(401);
  });
});
