import { inspect } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emailOutbox, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createAccount } from "@/lib/accounts";
import { hashResetToken } from "@/lib/auth/password-reset";

// The actions as the browser reaches them: FormData in, ActionResult out; the database is a real one.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

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

async function linkFor(email: string): Promise<string> {
  const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email));
  return /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
}

describe("asking for a link", () => {
  it("answers an address with an account and one without in the same words", async () => {
    await createAccount({ email: "known@example.org", password: "the old password", fullName: "Karim Haddad", locale: "fr" }, "participant", t.db);
    request.headers = new Headers({ "x-forwarded-for": "203.0.113.20" });
    const known = await actions.forgotPasswordAction(null, form({ email: "known@example.org", locale: "fr" }));
    const unknown = await actions.forgotPasswordAction(null, form({ email: "unknown@example.org", locale: "fr" }));
    expect(known).toEqual({ ok: true, data: { sent: true } });
    expect(unknown).toEqual(known);
  });
});

describe("a reset that fails on the way", () => {
  it("logs neither the new password's hash nor the link", async () => {
    const user = await createAccount({ email: "failing@example.org", password: "the old password", fullName: "Nadia Mansouri", locale: "fr" }, "participant", t.db);
    await actions.forgotPasswordAction(null, form({ email: user.email, locale: "fr" }));
    const token = await linkFor(user.email);
    // The database refuses the new password, as a dropped connection or a deadlock would.
    await t.db.execute(`create function refuse_password() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`);
    await t.db.execute(`create trigger refuse_password before update of password_hash on users for each row execute function refuse_password()`);
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args) => void logged.push(args));
    try {
      const result = await actions.resetPasswordAction(null, form({ token, password: "a brand new password", confirmPassword: "a brand new password" }));
      expect(result).toMatchObject({ ok: false, error: "unexpected" });
    } finally {
      spy.mockRestore();
      await t.db.execute(`drop trigger refuse_password on users`);
    }
    const text = logged.map((args) => args.map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 5 }))).join(" ")).join("\n");
    expect(text).toContain("refused for the test");
    expect(text).not.toContain("$argon2id$");
    expect(text).not.toContain(token);
    expect(text).not.toContain(hashResetToken(token));
    const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.hash).toBe(user.passwordHash);
  });
});
