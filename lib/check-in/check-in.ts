import { getDb, type Database } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { findBadgeHolder, type BadgeHolder } from "@/db/badges";
import { insertCheckIn } from "@/db/check-ins";
import type { CheckInMethod, User } from "@/db/schema";
import { resolveBadgeCode } from "@/lib/badges/badges";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";

export interface CheckInResult {
  holder: BadgeHolder;
  checkedInAt: Date;
  /** False when another desk (or an earlier scan) had already checked the person in. */
  created: boolean;
}

export type CheckInTarget = { code: string; method: "scan" | "code" } | { userId: string; method: "name" };

/** The desk's one action: who is it, and mark them arrived, once, whichever desk is first. */
export async function checkIn(organiser: User | null, forumId: string, target: CheckInTarget, db: Database = getDb()): Promise<CheckInResult> {
  assertOrganiser(organiser);
  const holder = "code" in target ? await resolveBadgeCode(forumId, target.code, db) : await findBadgeHolder(forumId, target.userId, db);
  if (!holder) throw new PublicError("notFound", 404);
  const method: CheckInMethod = target.method;
  return db.transaction(async (tx) => {
    const { row, created } = await insertCheckIn({ forumId, userId: holder.userId, checkedInBy: organiser.id, method }, tx);
    if (created) {
      await recordAudit({ forumId, actorId: organiser.id, action: "delegate.checkIn", entity: "user", entityId: holder.userId, after: { method, at: row.checkedInAt } }, tx);
    }
    return { holder: { ...holder, checkedInAt: row.checkedInAt }, checkedInAt: row.checkedInAt, created };
  });
}
