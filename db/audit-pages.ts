import { count, desc, eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { auditLog, users } from "./schema";
import type { AuditRow } from "./audit";

/**
 * One page of the audit log, newest first. Entries of one transaction share their time, so
 * pages go by position (id breaks ties) rather than by time; the forum_at index serves both.
 */
export async function listAuditPage(forumId: string, page: number, pageSize: number, db: Database = getDb()): Promise<{ rows: AuditRow[]; total: number }> {
  const [rows, [{ n } = { n: 0 }]] = await Promise.all([
    db
      .select({ entry: auditLog, actorName: users.fullName, actorEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(eq(auditLog.forumId, forumId))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditLog).where(eq(auditLog.forumId, forumId)),
  ]);
  return { rows: rows.map((r) => ({ ...r.entry, actorName: r.actorName, actorEmail: r.actorEmail })), total: Number(n) };
}
