import { getDb, type Database } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { findBadgeByCodeHash, findBadgeHolder, findLiveBadges, insertBadges, revokeLiveBadge, type BadgeHolder } from "@/db/badges";
import type { User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { badgeSecret, codeMatches, deriveBadgeCode, formatBadgeCode, hashBadgeCode, newNonce, normalizeBadgeCode } from "./code";

/**
 * Each person's live badge code (printed form), issuing a badge to those without one. A
 * badge is a row with a nonce; the code is derived again from it each time it is shown.
 */
export async function badgeCodesFor(forumId: string, userIds: readonly string[], db: Database = getDb()): Promise<Map<string, string>> {
  const secret = badgeSecret();
  let live = await findLiveBadges(forumId, userIds, db);
  const missing = userIds.filter((id) => !live.some((b) => b.userId === id));
  if (missing.length > 0) {
    await insertBadges(
      missing.map((userId) => {
        const nonce = newNonce();
        return { forumId, userId, nonce, codeHash: hashBadgeCode(deriveBadgeCode(userId, nonce, secret)) };
      }),
      db,
    );
    live = await findLiveBadges(forumId, userIds, db);
  }
  return new Map(live.map((b) => [b.userId, formatBadgeCode(deriveBadgeCode(b.userId, b.nonce, secret))]));
}

/**
 * The person a typed or scanned code belongs to. A code that is not one of ours (forged,
 * mistyped, or signed with another secret) and a revoked one are refused, each by name.
 */
export async function resolveBadgeCode(forumId: string, input: string, db: Database = getDb()): Promise<BadgeHolder> {
  const code = normalizeBadgeCode(input);
  if (!code) throw new PublicError("badgeUnknown", 404, "code");
  const badge = await findBadgeByCodeHash(hashBadgeCode(code), db);
  if (!badge || badge.forumId !== forumId || !codeMatches(code, badge.userId, badge.nonce, badgeSecret())) {
    throw new PublicError("badgeUnknown", 404, "code");
  }
  if (badge.revokedAt) throw new PublicError("badgeRevoked", 409, "code");
  const holder = await findBadgeHolder(forumId, badge.userId, db);
  if (!holder) throw new PublicError("badgeUnknown", 404, "code");
  return holder;
}

/** A lost or copied badge: its code stops working at once and the person gets a new one. */
export async function revokeBadge(organiser: User | null, forumId: string, userId: string, db: Database = getDb()) {
  assertOrganiser(organiser);
  return db.transaction(async (tx) => {
    const revoked = await revokeLiveBadge(forumId, userId, organiser.id, tx);
    if (!revoked) throw new PublicError("notFound", 404);
    await recordAudit(
      { forumId, actorId: organiser.id, action: "badge.revoke", entity: "badge", entityId: revoked.id, before: { userId, issuedAt: revoked.issuedAt }, after: { revokedAt: revoked.revokedAt } },
      tx,
    );
    const codes = await badgeCodesFor(forumId, [userId], tx);
    return codes.get(userId)!;
  });
}
