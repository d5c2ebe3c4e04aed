import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { forums, type LocalizedText } from "./forums";
import { meetings } from "./meetings";
import { users } from "./users";

/**
 * A delegate's badge. The code printed on it is derived from a secret and the nonce, so it
 * cannot be guessed; only its hash is stored, so a copy of the database reveals no code.
 * Revoking keeps the row (a revoked code is refused by name) and a new badge is issued.
 */
export const badges = pgTable(
  "badges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    nonce: text("nonce").notNull(),
    codeHash: text("code_hash").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("badges_code_hash_key").on(t.codeHash),
    uniqueIndex("badges_one_live_per_user_key").on(t.forumId, t.userId).where(sql`${t.revokedAt} is null`),
  ],
);

export const checkInMethods = ["scan", "code", "name"] as const;
export type CheckInMethod = (typeof checkInMethods)[number];

/** A delegate's arrival at the forum: one row per person, so two desks can never count twice. */
export const checkIns = pgTable(
  "check_ins",
  {
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The forum's day of the arrival, in its own time zone: a person checks in once a day.
     * Set by a trigger from checked_in_at and the forum's zone (the default is never kept).
     */
    day: date("day", { mode: "string" }).notNull().default(sql`current_date`),
    checkedInBy: uuid("checked_in_by").references(() => users.id, { onDelete: "set null" }),
    method: text("method").$type<CheckInMethod>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.forumId, t.userId, t.day] }),
    index("check_ins_forum_at_idx").on(t.forumId, t.checkedInAt),
    check("check_ins_method", sql`${t.method} in ('scan', 'code', 'name')`),
  ],
);

export const absentSides = ["a", "b", "both"] as const;
export type AbsentSide = (typeof absentSides)[number];

/**
 * Who said a meeting was held or missed, and when. One row per meeting: the first mark wins
 * (the meeting's status changes only from "scheduled"), later ones are told who was first.
 */
export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    meetingId: uuid("meeting_id")
      .primaryKey()
      .references(() => meetings.id, { onDelete: "cascade" }),
    status: text("status").$type<"held" | "no_show">().notNull(),
    /** For a no-show: which side did not come (company A, company B, or both). */
    absent: text("absent").$type<AbsentSide>(),
    markedBy: uuid("marked_by").references(() => users.id, { onDelete: "set null" }),
    markedByCompanyId: uuid("marked_by_company_id").references(() => companies.id, { onDelete: "set null" }),
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("meeting_attendance_status", sql`${t.status} in ('held', 'no_show')`),
    check(
      "meeting_attendance_absent",
      sql`(${t.status} = 'held' and ${t.absent} is null) or (${t.status} = 'no_show' and ${t.absent} in ('a', 'b', 'both'))`,
    ),
  ],
);

/** A few lines from the organisers, shown at the top of everyone's schedule. */
export const announcements = pgTable(
  "announcements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    /** The text in each language given; one language alone is shown to every reader. */
    body: jsonb("body").$type<LocalizedText>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("announcements_forum_at_idx").on(t.forumId, t.createdAt.desc())],
);

export type Badge = typeof badges.$inferSelect;
export type CheckIn = typeof checkIns.$inferSelect;
export type MeetingAttendance = typeof meetingAttendance.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
