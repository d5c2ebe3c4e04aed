import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { forums } from "./forums";
import { users } from "./users";

/**
 * What an organiser changed: who, what, when, the row before and after. Written in the same
 * transaction as the change, so the log never tells of a change that did not happen.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. "forum.update", "company.approve", "meeting.move". */
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_forum_at_idx").on(t.forumId, t.at.desc()), index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
