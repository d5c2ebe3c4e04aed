import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { createAccount } from "@/lib/accounts";
import { verifyPassword } from "@/lib/auth/password";

// The action as the browser reaches it, on a real database; next-auth's signIn stands in for the
// one thing a test cannot do, setting this device's cookie, and refuses as it would past the limit.
const session = vi.hoisted(() => ({ user: null as User | null, signIn: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.40" }) }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/auth/config", () => ({ signIn: session.signIn }));
// next-auth itself needs Next's server runtime; its error classes are all the action reads of it.
const errors = vi.hoisted(() => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  return { AuthError, CredentialsSignin };
});
vi.mock("next-auth", () => errors);
// A redirect is thrown as Next's is (its digest is how actions tell it from a failure), carrying where it leads.
const navigation = vi.hoisted(() => ({
  Redirected: class Redirected extends Error {
    readonly digest = "NEXT_REDIRECT;replace;/;307;";
    constructor(readonly to: unknown) {
      super("NEXT_REDIRECT");
    }
  },
}));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: (to: unknown) => {
    throw new navigation.Redirected(to);
  },
}));

let t: TestDatabase;
let actions: typeof import("./password-actions");
beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  actions = await import("./password-actions");
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("changing the password from the profile", () => {
  it("sends a device whose new sign-in is refused to sign in, told the password changed, not to an error", async () => {
    session.user = await createAccount({ email: "refused.again@example.org", password: "the old password", fullName: "Olga Ivanova", locale: "ru" }, "participant", t.db);
    session.signIn.mockRejectedValueOnce(new errors.CredentialsSignin());
    const thrown = await actions
      .changePasswordAction(null, form({ currentPassword: "the old password", password: "a brand new password", confirmPassword: "a brand new password", locale: "ru" }))
      .then(() => null, (error: unknown) => error);
    expect(thrown).toBeInstanceOf(navigation.Redirected);
    expect((thrown as InstanceType<typeof navigation.Redirected>).to).toEqual({ href: { pathname: "/signin", query: { password: "changed" } }, locale: "ru" });
    const saved = await findUserById(session.user.id, t.db);
    expect(await verifyPassword(saved!.passwordHash!, "a brand new password")).toBe(true);
  });
});
