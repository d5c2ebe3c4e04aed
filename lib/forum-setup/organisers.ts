import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { createAccount } from "@/lib/accounts";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { claimOrganiserInvitation, findOrganiserInvitationByHash, revokeOrganiserInvitationRow } from "@/db/organisers";
import { organiserInvitations, users, type Forum, type OrganiserInvitation, type User } from "@/db/schema";
import { findUserByEmail } from "@/db/users";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { enqueueSetupEmails } from "@/lib/notifications/setup-emails";
import type { AcceptOrganiserInvitationInput, InviteOrganiserInput } from "@/lib/schemas/organisers";
import { formatDay } from "@/lib/time";

export const ORGANISER_INVITATION_TTL_DAYS = 7;
const DAY_MS = 86_400_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Invites someone to organise the forum: a single-use link that expires, sent by e-mail
 * through the outbox in the same transaction. Only the token's hash is stored.
 */
export async function inviteOrganiser(
  user: User | null,
  forum: Forum,
  input: InviteOrganiserInput,
  origin: string,
  options: { now?: Date; ttlDays?: number } = {},
  db: Database = getDb(),
): Promise<{ token: string; invitation: OrganiserInvitation }> {
  assertOrganiser(user);
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.ttlDays ?? ORGANISER_INVITATION_TTL_DAYS) * DAY_MS);
  return db.transaction(async (tx) => {
    const existing = await findUserByEmail(input.email, tx);
    if (existing?.role === "organiser") throw new PublicError("alreadyOrganiser", 409, "email");
    const [invitation] = await tx
      .insert(organiserInvitations)
      .values({ forumId: forum.id, email: input.email, tokenHash: hashToken(token), createdBy: user.id, createdAt: now, expiresAt })
      .returning();
    await enqueueSetupEmails(
      "organiserInvitation",
      [{ email: input.email, locale: input.locale, fullName: input.email }],
      (locale) => ({
        by: user.fullName,
        forum: localized(forum.name, locale),
        link: `${origin}/${locale}/organiser-invitation/${token}`,
        expires: formatDay(expiresAt, locale, forum.timeZone),
      }),
      tx,
    );
    await recordAudit(
      { forumId: forum.id, actorId: user.id, action: "organiser.invite", entity: "organiserInvitation", entityId: invitation!.id, after: { email: input.email, expiresAt: expiresAt.toISOString() } },
      tx,
    );
    return { token, invitation: invitation! };
  });
}

export async function revokeOrganiserInvitation(user: User | null, forumId: string, invitationId: string, db: Database = getDb()): Promise<void> {
  assertOrganiser(user);
  await db.transaction(async (tx) => {
    const row = await revokeOrganiserInvitationRow(forumId, invitationId, tx);
    if (!row) throw new PublicError("invitationClosed", 409);
    await recordAudit({ forumId, actorId: user.id, action: "organiser.revoke", entity: "organiserInvitation", entityId: row.id, before: { email: row.email }, after: { revoked: true } }, tx);
  });
}

export type OrganiserInvitationState = "open" | "used" | "expired" | "revoked" | "unknown";

export async function describeOrganiserInvitation(token: string, db: Database = getDb()): Promise<{ state: OrganiserInvitationState; email?: string }> {
  const row = await findOrganiserInvitationByHash(hashToken(token), db);
  if (!row) return { state: "unknown" };
  const state = row.usedAt ? "used" : row.revokedAt ? "revoked" : row.expiresAt.getTime() <= Date.now() ? "expired" : "open";
  return { state, email: row.email };
}

const closedCode: Record<Exclude<OrganiserInvitationState, "open">, string> = {
  used: "invitationUsed",
  expired: "invitationExpired",
  revoked: "invitationRevoked",
  unknown: "invitationUnknown",
};

/**
 * Accepts an invitation: a signed-in person with the invited e-mail is promoted; someone
 * without an account gets one, as an organiser. The link is claimed by one conditional
 * UPDATE in the same transaction, so it works once, even for two clicks at once.
 */
export async function acceptOrganiserInvitation(user: User | null, input: AcceptOrganiserInvitationInput, db: Database = getDb()): Promise<User> {
  const described = await describeOrganiserInvitation(input.token, db);
  if (described.state !== "open") throw new PublicError(closedCode[described.state], described.state === "unknown" ? 404 : 409);
  const email = described.email!;
  if (user && user.email !== email) throw new PublicError("invitationOtherEmail", 403);
  if (user?.role === "organiser") throw new PublicError("alreadyOrganiser", 409);
  if (user?.companyId) throw new PublicError("accountHasCompany", 409);
  return db.transaction(async (tx) => {
    let account: User;
    if (user) {
      const [promoted] = await tx
        .update(users)
        .set({ role: "organiser" })
        .where(and(eq(users.id, user.id), eq(users.role, "participant"), isNull(users.companyId)))
        .returning();
      if (!promoted) throw new PublicError("accountHasCompany", 409);
      account = promoted;
    } else {
      if (!input.fullName || input.fullName.length < 2) throw new PublicError("required", 422, "fullName");
      if (!input.password) throw new PublicError("passwordTooShort", 422, "password");
      if (await findUserByEmail(email, tx)) throw new PublicError("signInToAccept", 409);
      account = await createAccount({ email, fullName: input.fullName, password: input.password, locale: input.locale }, "organiser", tx);
    }
    const claimed = await claimOrganiserInvitation(hashToken(input.token), account.id, email, tx);
    if (!claimed) throw new PublicError("invitationUsed", 409);
    await recordAudit(
      { forumId: claimed.forumId, actorId: account.id, action: "organiser.join", entity: "user", entityId: account.id, before: user ? { role: "participant" } : null, after: { role: "organiser", email } },
      tx,
    );
    return account;
  });
}
