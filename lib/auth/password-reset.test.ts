import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { emailOutbox, passwordResets, rateLimits, users } from "@/db/schema";
import { sqlStateOf } from "@/db/errors";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { createAccount } from "@/lib/accounts";
import { changePasswordSchema, resetPasswordSchema } from "@/lib/schemas/auth";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { describePasswordReset, outboxBodyForConsole, PASSWORD_RESET_TTL_MS, requestPasswordReset, resetLinkIn, resetPassword } from "./password-reset";
import { sessionIsCurrent, sessionVersionOf } from "./session-version";
import { FAILURES_PER_EMAIL, RESET_REQUESTS_PER_ADDRESS, RESET_REQUESTS_PER_EMAIL } from "./throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const oldPassword = "the old password";
const newPassword = "a brand new password";
const account = (email: string, locale: "fr" | "ar" | "ru" | "en" = "ru") =>
  createAccount({ email, password: oldPassword, fullName: "Ivan Petrov", locale }, "participant", t.db);

/** The reset e-mails sent to `email`, newest last, and the token each link carries. */
async function resetMails(email: string) {
  const rows = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, email), eq(emailOutbox.kind, "passwordReset"))).orderBy(emailOutbox.createdAt);
  return rows.map((row) => ({ ...row, token: /\/reset-password\/([A-Za-z0-9_-]+)/.exec(row.body)?.[1] }));
}

async function askForLink(email: string, options: { now?: Date } = {}): Promise<string> {
  await requestPasswordReset({ email }, null, options, t.db);
  const token = (await resetMails(email)).at(-1)?.token;
  if (!token) throw new Error("no reset e-mail");
  return token;
}

describe("asking for a reset link", () => {
  it("sends the account a link in its language, and stores only the token's sha-256", async () => {
    const user = await account("ivan.reset@example.org", "ru");
    const token = await askForLink(user.email);
    const [mail] = await resetMails(user.email);
    expect(mail!.locale).toBe("ru");
    expect(mail!.body).toContain(`/ru/reset-password/${token}`);
    expect(mail!.subject).toBe("Выбор нового пароля");
    const rows = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(PASSWORD_RESET_TTL_MS);
  });

  it("is cut short in the organisers' outbox, where only its own e-mail shows it whole", async () => {
    const token = await askForLink((await account("shown@example.org", "fr")).email);
    const [mail] = await resetMails("shown@example.org");
    expect(outboxBodyForConsole(mail!)).not.toContain(token);
    expect(outboxBodyForConsole(mail!)).toContain("/fr/reset-password/…");
    expect(resetLinkIn(mail!.body)).toMatch(new RegExp(`^https?://\\S+/fr/reset-password/${token}$`));
    expect(resetLinkIn(outboxBodyForConsole(mail!))).toBeNull();
    expect(outboxBodyForConsole({ kind: "requestReceived", body: "x /reset-password/abc" })).toBe("x /reset-password/abc");
  });

  it("answers an unknown e-mail the same way, and writes nothing", async () => {
    const before = await t.db.select().from(passwordResets);
    await expect(requestPasswordReset({ email: "nobody@example.org" }, "203.0.113.9", {}, t.db)).resolves.toBeUndefined();
    expect(await resetMails("nobody@example.org")).toEqual([]);
    expect(await t.db.select().from(passwordResets)).toHaveLength(before.length);
  });

  it("is throttled per e-mail, whether or not it has an account", async () => {
    const user = await account("often@example.org");
    for (const email of [user.email, "ghost@example.org"]) {
      for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i++) await requestPasswordReset({ email }, null, {}, t.db);
      await expect(requestPasswordReset({ email }, null, {}, t.db)).rejects.toMatchObject({ code: "tooManyResetRequests", status: 429 });
    }
    expect(await resetMails(user.email)).toHaveLength(RESET_REQUESTS_PER_EMAIL);
  });

  it("is throttled per network address, across e-mails", async () => {
    const address = "198.51.100.7";
    for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) await requestPasswordReset({ email: `someone.${i}@example.org` }, address, {}, t.db);
    await expect(requestPasswordReset({ email: "one.more@example.org" }, address, {}, t.db)).rejects.toMatchObject({ code: "tooManyResetRequests" });
    await expect(requestPasswordReset({ email: "one.more@example.org" }, "198.51.100.8", {}, t.db)).resolves.toBeUndefined();
  });
});

describe("resetting with the link", () => {
  it("sets the new password, works once, signs out older sessions and forgets failed sign-ins", async () => {
    const user = await account("karim.reset@example.org");
    const first = await askForLink(user.email);
    const second = await askForLink(user.email);
    expect(await authenticate({ email: user.email, password: "a wrong guess" }, t.db)).toBeNull();
    const [failures] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:email:${user.email}`));
    expect(failures?.hits).toBe(1);

    const updated = await resetPassword({ token: second, password: newPassword }, {}, t.db);
    expect(updated.sessionVersion).toBe(user.sessionVersion + 1);
    expect(sessionIsCurrent(updated, sessionVersionOf({ sv: user.sessionVersion }))).toBe(false);
    expect(sessionIsCurrent(updated, sessionVersionOf({ sv: updated.sessionVersion }))).toBe(true);
    expect(await t.db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:email:${user.email}`))).toEqual([]);
    expect(await authenticate({ email: user.email, password: oldPassword }, t.db)).toBeNull();
    expect((await authenticate({ email: user.email, password: newPassword }, t.db))?.id).toBe(user.id);

    await expect(resetPassword({ token: second, password: "yet another password" }, {}, t.db)).rejects.toMatchObject({ code: "resetLinkUsed" });
    await expect(resetPassword({ token: first, password: "yet another password" }, {}, t.db)).rejects.toMatchObject({ code: "resetLinkReplaced" });
    expect(await describePasswordReset(first, new Date(), t.db)).toBe("replaced");
    expect((await authenticate({ email: user.email, password: newPassword }, t.db))?.id).toBe(user.id);
  });

  it("closes the links asked before when a new one is sent, which then say so", async () => {
    const user = await account("asked.twice@example.org", "en");
    const first = await askForLink(user.email);
    const second = await askForLink(user.email);
    expect(await describePasswordReset(first, new Date(), t.db)).toBe("replaced");
    await expect(resetPassword({ token: first, password: newPassword }, {}, t.db)).rejects.toMatchObject({ code: "resetLinkReplaced", status: 409 });
    expect((await findUserById(user.id, t.db))?.passwordHash).toBe(user.passwordHash);
    expect(await describePasswordReset(second, new Date(), t.db)).toBe("open");
    expect((await resetPassword({ token: second, password: newPassword }, {}, t.db)).id).toBe(user.id);
  });

  it("leaves one link open when two are asked for at once", async () => {
    const user = await account("asked.at.once@example.org");
    await Promise.all([requestPasswordReset({ email: user.email }, null, {}, t.db), requestPasswordReset({ email: user.email }, null, {}, t.db)]);
    const open = await t.db.select().from(passwordResets).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    expect(open).toHaveLength(1);
  });

  it("is held to one open link per account by the database itself", async () => {
    const user = await account("one.open@example.org");
    await askForLink(user.email);
    const now = new Date();
    const second = t.db.insert(passwordResets).values({ userId: user.id, tokenHash: "a second open link", createdAt: now, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) });
    // A unique violation: its token is new, so only the one-open-link index can refuse it.
    expect(sqlStateOf(await second.then(() => null, (error: unknown) => error))).toBe("23505");
  });

  it("refuses an expired link and leaves the password as it was", async () => {
    const user = await account("late@example.org");
    const token = await askForLink(user.email, { now: new Date(Date.now() - PASSWORD_RESET_TTL_MS - 1000) });
    expect(await describePasswordReset(token, new Date(), t.db)).toBe("expired");
    await expect(resetPassword({ token, password: newPassword }, {}, t.db)).rejects.toMatchObject({ code: "resetLinkExpired" });
    expect((await findUserById(user.id, t.db))?.passwordHash).toBe(user.passwordHash);
  });

  it("refuses a link it never sent", async () => {
    expect(await describePasswordReset("not-a-token", new Date(), t.db)).toBe("unknown");
    await expect(resetPassword({ token: "not-a-token", password: newPassword }, {}, t.db)).rejects.toMatchObject({ code: "resetLinkUnknown", status: 404 });
  });

  it("lets exactly one of two uses at once through", async () => {
    const user = await account("twice@example.org");
    const token = await askForLink(user.email);
    const results = await Promise.allSettled([
      resetPassword({ token, password: "first new password" }, {}, t.db),
      resetPassword({ token, password: "second new password" }, {}, t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await findUserById(user.id, t.db))?.sessionVersion).toBe(1);
  });
});

describe("changing the password on the profile", () => {
  it("refuses a wrong current password on its field, counting it as a failed sign-in", async () => {
    const user = await account("elena.change@example.org");
    await expect(changePassword(user, { currentPassword: "not it at all", password: newPassword }, null, t.db)).rejects.toMatchObject({
      code: "wrongCurrentPassword",
      field: "currentPassword",
    });
    const [failures] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, `sign-in:email:${user.email}`));
    expect(failures?.hits).toBe(1);
    expect((await findUserById(user.id, t.db))?.passwordHash).toBe(user.passwordHash);
  });

  it("stops checking past the sign-in limit, even the right password", async () => {
    const user = await account("guessed@example.org");
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
      await expect(changePassword(user, { currentPassword: `guess ${i}`, password: newPassword }, null, t.db)).rejects.toMatchObject({ code: "wrongCurrentPassword" });
    }
    await expect(changePassword(user, { currentPassword: oldPassword, password: newPassword }, null, t.db)).rejects.toMatchObject({ code: "tooManyAttempts", status: 429 });
  });

  it("sets the new password, signs out older sessions and closes open reset links", async () => {
    const user = await account("nadia.change@example.org");
    const token = await askForLink(user.email);
    const changed = await changePassword(user, { currentPassword: oldPassword, password: newPassword }, null, t.db);
    expect(sessionIsCurrent(changed, user.sessionVersion)).toBe(false);
    expect((await authenticate({ email: user.email, password: newPassword }, t.db))?.id).toBe(user.id);
    expect(await describePasswordReset(token, new Date(), t.db)).toBe("used");
    const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.hash).toMatch(/^\$argon2id\$/);
  });
});

describe("the forms' rules", () => {
  it("ask for the new password twice, with sign-up's length rule", () => {
    const differ = changePasswordSchema.safeParse({ currentPassword: "x", password: newPassword, confirmPassword: "something else" });
    expect(differ.success ? null : z.flattenError(differ.error).fieldErrors).toEqual({ confirmPassword: ["passwordsDiffer"] });
    const short = resetPasswordSchema.safeParse({ token: "abc", password: "short", confirmPassword: "short" });
    expect(short.success ? null : z.flattenError(short.error).fieldErrors.password).toEqual(["passwordTooShort"]);
    expect(changePasswordSchema.safeParse({ currentPassword: "", password: newPassword, confirmPassword: newPassword }).success).toBe(false);
  });
});
