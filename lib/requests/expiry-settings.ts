import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { forums, type User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { RequestExpiryInput } from "@/lib/schemas/reminders";

/**
 * Sets after how many days an unanswered request expires (null: only when booking closes).
 * It is a change to the forum's row like any other: its version goes up, so a settings form
 * opened before it is refused as stale rather than saved over what it did not show.
 */
export async function setRequestExpiry(user: User | null, forumId: string, input: RequestExpiryInput, db: Database = getDb()): Promise<number | null> {
  assertOrganiser(user);
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ days: forums.requestExpiryDays }).from(forums).where(eq(forums.id, forumId)).for("update");
    if (!before) throw new PublicError("notFound", 404);
    await tx
      .update(forums)
      .set({ requestExpiryDays: input.requestExpiryDays, version: sql`${forums.version} + 1` })
      .where(eq(forums.id, forumId));
    await recordAudit(
      { forumId, actorId: user.id, action: "forum.requestExpiry", entity: "forum", entityId: forumId, before: { requestExpiryDays: before.days }, after: { requestExpiryDays: input.requestExpiryDays } },
      tx,
    );
    return input.requestExpiryDays;
  });
}
