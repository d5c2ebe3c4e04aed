import { and, desc, eq, lt } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { auditLog, users, type AuditEntry } from "./schema";

export interface AuditRecord {
  forumId: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Pass the transaction that makes the change, so the entry and the change stand or fall together. */
export async function recordAudit(entry: AuditRecord, db: Database = getDb()): Promise<void> {
  await db.insert(auditLog).values({
    forumId: entry.forumId,
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export type AuditRow = AuditEntry & { actorName: string | null; actorEmail: string | null };

/** Newest first; `before` is the `at` of the last row of the previous page. */
export async function listAudit(forumId: string, options: { limit: number; before?: Date; entity?: string }, db: Database = getDb()): Promise<AuditRow[]> {
  const rows = await db
    .select({ entry: auditLog, actorName: users.fullName, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.forumId, forumId),
        options.before ? lt(auditLog.at, options.before) : undefined,
        options.entity ? eq(auditLog.entity, options.entity) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r.entry, actorName: r.actorName, actorEmail: r.actorEmail }));
}
