import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { passwordResets, users, type User } from "@/db/schema";
import { findUserByEmail } from "@/db/users";
import { PublicError } from "@/lib/errors";
import { pageLink } from "@/lib/notifications/links";
import { enqueueSetupEmails } from "@/lib/notifications/setup-emails";
import type { ForgotPasswordInput, ResetPasswordInput } from "@/lib/schemas/auth";
import { hashPassword } from "./password";
import { clearSignInFailures, countResetRequest } from "./throttle";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Sends a reset link to the account with this e-mail, if there is one, through the outbox.
 * The caller answers the same words either way: nothing here tells whether the e-mail has an
 * account, and the throttle counts both alike. Only the token's sha-256 is stored, and only
 * the newest link works.
 */
export async function requestPasswordReset(
  input: Pick<ForgotPasswordInput, "email">,
  address: string | null,
  options: { now?: Date } = {},
  db: Database = getDb(),
): Promise<void> {
  await countResetRequest(input.email, address, db);
  const user = await findUserByEmail(input.email, db);
  if (!user) return;
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    // Only the newest link works: one asked for before closes at the moment this one is made.
    // The account's row is held first, so two asked for at once do not both stay open.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for("no key update");
    await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values({ userId: user.id, tokenHash: hashResetToken(token), createdAt: now, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) });
    await enqueueSetupEmails(
      "passwordReset",
      [{ email: user.email, locale: user.locale, fullName: user.fullName }],
      (locale) => ({ link: pageLink(locale, `/reset-password/${token}`) }),
      tx,
    );
  });
}

export type PasswordResetState = "open" | "used" | "replaced" | "expired" | "unknown";

export async function describePasswordReset(token: string, now: Date = new Date(), db: Database = getDb()): Promise<PasswordResetState> {
  if (!token || token.length > 200) return "unknown";
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, hashResetToken(token))).limit(1);
  if (!row) return "unknown";
  if (row.usedAt) {
    // Closed by a newer link, made at the very moment it closed this one (requestPasswordReset).
    const [newer] = await db
      .select({ id: passwordResets.id })
      .from(passwordResets)
      .where(and(eq(passwordResets.userId, row.userId), eq(passwordResets.createdAt, row.usedAt), ne(passwordResets.id, row.id)))
      .limit(1);
    return newer ? "replaced" : "used";
  }
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
}

const closedCode: Record<Exclude<PasswordResetState, "open">, string> = {
  used: "resetLinkUsed",
  replaced: "resetLinkReplaced",
  expired: "resetLinkExpired",
  unknown: "resetLinkUnknown",
};

/**
 * Sets the new password with a reset link. The link is claimed by one conditional UPDATE, so
 * it works once even for two clicks at once; in the same transaction every other open link of
 * the user is closed, the session version is raised (every device signed in before is signed
 * out) and the e-mail's failed sign-ins are forgotten, as a new account's are.
 */
export async function resetPassword(input: Pick<ResetPasswordInput, "token" | "password">, options: { now?: Date } = {}, db: Database = getDb()): Promise<User> {
  const now = options.now ?? new Date();
  const state = await describePasswordReset(input.token, now, db);
  if (state !== "open") throw new PublicError(closedCode[state], state === "unknown" ? 404 : 409);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, hashResetToken(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning();
    if (!claimed) throw new PublicError("resetLinkUsed", 409);
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, claimed.userId), isNull(passwordResets.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, claimed.userId))
      .returning();
    if (!user) throw new PublicError("resetLinkUnknown", 404);
    await clearSignInFailures(user.email, tx);
    return user;
  });
}

const resetPath = /\/reset-password\/[A-Za-z0-9_-]+/g;

/**
 * A reset link is a key to the account: the organisers' outbox shows it cut short. Without
 * SMTP the outbox is how e-mails reach people (an organiser reads the link to a delegate at
 * the desk), so an organiser may show it, and that is audited (reset-link-reveal.ts). Once
 * SMTP has sent it, it is also stored cut short (deliver.ts): the database keeps no usable link.
 */
export function outboxBodyForConsole(email: { kind: string; body: string }): string {
  if (email.kind !== "passwordReset") return email.body;
  return email.body.replace(resetPath, "/reset-password/…");
}

/** The whole reset link an outbox e-mail carries, or null once it has been cut short. */
export function resetLinkIn(body: string): string | null {
  const match = /\S*\/reset-password\/[A-Za-z0-9_-]+/.exec(body);
  return match ? match[0] : null;
}
