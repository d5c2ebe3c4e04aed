import { createHash, randomBytes } from "node:crypto";
import { getDb, type Database } from "@/db/client";
import { attachUserToCompany } from "@/db/delegates";
import { claimInvitation, findInvitationByHash, insertInvitation, revokeInvitation } from "@/db/invitations";
import { refreshInterpreterNeeds } from "@/db/meetings";
import type { CompanyInvitation, User } from "@/db/schema";
import { assertMainContact, assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";

export const INVITATION_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Only this hash is stored: a copy of the database does not hand out working links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type InvitationState = "open" | "used" | "expired" | "revoked" | "unknown";

const stateCode: Record<Exclude<InvitationState, "open">, string> = {
  used: "invitationUsed",
  expired: "invitationExpired",
  revoked: "invitationRevoked",
  unknown: "invitationUnknown",
};

/** The message key that tells a person why a link does not work. */
export const invitationStateCode = (state: Exclude<InvitationState, "open">) => stateCode[state];

/** The main contact creates a link; the token is returned once and never stored. */
export async function createInvitation(
  user: User | null,
  input: { companyId: string; email?: string },
  options: { now?: Date; ttlDays?: number } = {},
  db: Database = getDb(),
): Promise<{ token: string; invitation: CompanyInvitation }> {
  assertMainContact(user, input.companyId);
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  const invitation = await insertInvitation(
    {
      companyId: input.companyId,
      tokenHash: hashInvitationToken(token),
      email: input.email ?? null,
      createdBy: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + (options.ttlDays ?? INVITATION_TTL_DAYS) * DAY_MS),
    },
    db,
  );
  return { token, invitation };
}

export async function revokeCompanyInvitation(
  user: User | null,
  input: { companyId: string; invitationId: string },
  db: Database = getDb(),
): Promise<void> {
  assertMainContact(user, input.companyId);
  if (!(await revokeInvitation(input.companyId, input.invitationId, db))) throw new PublicError("invitationClosed", 409);
}

/** What the join page shows for a token: the company's name, and whether the link still works. */
export async function describeInvitation(token: string, db: Database = getDb()) {
  const found = await findInvitationByHash(hashInvitationToken(token), db);
  if (!found) return { state: "unknown" as const };
  const { invitation, companyName } = found;
  const state: InvitationState = invitation.usedAt
    ? "used"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt.getTime() <= Date.now()
        ? "expired"
        : "open";
  return { state, companyName, companyId: invitation.companyId, email: invitation.email };
}

/**
 * A signed-in user joins the company behind a link: one conditional UPDATE claims the link
 * (unused, unrevoked, unexpired) and the user's company is set in the same transaction. Of
 * two people using one link at once, exactly one joins.
 */
export async function joinCompany(user: User | null, token: string, db: Database = getDb()): Promise<string> {
  assertSignedIn(user);
  if (user.role !== "participant") throw new PublicError("forbidden", 403);
  if (user.companyId) throw new PublicError("alreadyInCompany", 409);
  const tokenHash = hashInvitationToken(token);
  return db.transaction(async (tx) => {
    const claimed = await claimInvitation(tokenHash, user.id, user.email, tx);
    if (!claimed) {
      const { state, email } = await describeInvitation(token, tx);
      if (state === "open" && email && email !== user.email) throw new PublicError("invitationOtherEmail", 403);
      throw new PublicError(state === "open" ? "invitationUsed" : stateCode[state], state === "unknown" ? 404 : 409);
    }
    if (!(await attachUserToCompany(user.id, claimed.companyId, false, tx))) throw new PublicError("alreadyInCompany", 409);
    // The newcomer's languages count for the company's meetings, as at booking.
    await refreshInterpreterNeeds(claimed.companyId, tx);
    return claimed.companyId;
  });
}
