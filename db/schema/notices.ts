import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { forums } from "./forums";
import { meetings } from "./meetings";
import { users } from "./users";

export const scheduleChangeKinds = ["moved", "cancelled", "published", "seated", "unseated"] as const;
export type ScheduleChangeKind = (typeof scheduleChangeKinds)[number];

/**
 * A change to a delegate's schedule, written in the transaction of the change. The digest
 * job gathers a delegate's unnotified changes into one e-mail a few quiet minutes after the
 * last one, and marks them notified in the same transaction as that e-mail.
 */
export const scheduleChanges = pgTable(
  "schedule_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ScheduleChangeKind>().notNull(),
    /** Where the meeting was before a move, to say "from 10:00 to 11:30". */
    previousStartsAt: timestamp("previous_starts_at", { withTimezone: true }),
    /** The table before an organiser's move: a meeting moved to another table at the same time still needs telling. */
    previousTableNumber: integer("previous_table_number"),
    /** The organisers made the change (console, table closed, slots re-cut): the notice says so. */
    byOrganiser: boolean("by_organiser").notNull().default(false),
    /** Whose seat a seated or unseated change is: the notice names who will now sit across the table, or no longer. */
    seatUserId: uuid("seat_user_id").references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
  },
  (t) => [
    check("schedule_changes_kind", sql`${t.kind} in ('moved', 'cancelled', 'published', 'seated', 'unseated')`),
    check("schedule_changes_seat_user", sql`(${t.kind} in ('seated', 'unseated')) = (${t.seatUserId} is not null)`),
    index("schedule_changes_pending_idx").on(t.userId, t.createdAt).where(sql`${t.notifiedAt} is null`),
  ],
);

/**
 * One row per notice already written (e.g. "evening:<user>:<day>"): a job that runs again,
 * or twice at once, finds the key taken and writes nothing more.
 */
export const sentNotices = pgTable("sent_notices", {
  key: text("key").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ScheduleChange = typeof scheduleChanges.$inferSelect;
