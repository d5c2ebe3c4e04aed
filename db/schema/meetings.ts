import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { agendaSessions, forums, meetingTables } from "./forums";
import { meetingRequests } from "./requests";
import { users } from "./users";

/** A PostgreSQL tstzrange, as "[start,end)" text; the exclusion constraints work on it. */
export const tstzrange = customType<{ data: string }>({ dataType: () => "tstzrange" });

/**
 * A B2B slot: the forum's B2B hours cut by its slot length, outside blocking sessions.
 * Slots of one forum never overlap (exclusion constraint in the migration).
 */
export const slots = pgTable(
  "slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    during: tstzrange("during")
      .notNull()
      .generatedAlwaysAs(sql`tstzrange(starts_at, ends_at)`),
  },
  (t) => [
    unique("slots_forum_start_key").on(t.forumId, t.startsAt),
    unique("slots_identity_key").on(t.id, t.forumId, t.during),
    unique("slots_time_key").on(t.id, t.during),
    check("slots_order", sql`${t.endsAt} > ${t.startsAt}`),
    // The organisers' grid and print sheets read one day of slots at a time.
    index("slots_forum_day_idx").on(t.forumId, t.day, t.startsAt),
  ],
);

export const meetingStatuses = ["scheduled", "cancelled", "held", "no_show"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/**
 * A booked meeting: one request, one slot, one table. Foreign keys tie (slot, forum, time)
 * to a real B2B slot and (table, forum) to a table of the same forum; exclusion constraints
 * keep a table to one meeting at a time (see the migration).
 */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id").notNull(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => meetingRequests.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id").notNull(),
    tableId: uuid("table_id").notNull(),
    during: tstzrange("during").notNull(),
    companyAId: uuid("company_a_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    companyBId: uuid("company_b_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    status: text("status").$type<MeetingStatus>().notNull().default("scheduled"),
    interpreterNeeded: boolean("interpreter_needed").notNull().default(false),
    origin: text("origin").$type<"self" | "scheduler" | "organiser">().notNull().default("self"),
    /** Raised at each move or cancellation: calendar apps replace the event they hold. */
    sequence: integer("sequence").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.slotId, t.forumId, t.during], foreignColumns: [slots.id, slots.forumId, slots.during], name: "meetings_slot_fk" })
      .onUpdate("cascade")
      .onDelete("restrict"),
    foreignKey({ columns: [t.tableId, t.forumId], foreignColumns: [meetingTables.id, meetingTables.forumId], name: "meetings_table_fk" }).onDelete(
      "restrict",
    ),
    unique("meetings_identity_key").on(t.id, t.during),
    index("meetings_slot_idx").on(t.slotId),
    index("meetings_table_idx").on(t.tableId),
    // The organisers' figures count a forum's meetings by status.
    index("meetings_forum_status_idx").on(t.forumId, t.status),
    index("meetings_company_a_idx").on(t.companyAId),
    index("meetings_company_b_idx").on(t.companyBId),
    check("meetings_status", sql`${t.status} in ('scheduled', 'cancelled', 'held', 'no_show')`),
    check("meetings_two_companies", sql`${t.companyAId} <> ${t.companyBId}`),
    check("meetings_origin", sql`${t.origin} in ('self', 'scheduler', 'organiser')`),
  ],
);

/**
 * Who sits at a meeting. The time is copied from the meeting (and follows it through the
 * foreign key when the meeting moves), so an exclusion constraint can keep each delegate to
 * one meeting at a time; a trigger refuses a time the delegate blocked.
 */
export const meetingAttendees = pgTable(
  "meeting_attendees",
  {
    meetingId: uuid("meeting_id").notNull(),
    during: tstzrange("during").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId] }),
    foreignKey({ columns: [t.meetingId, t.during], foreignColumns: [meetings.id, meetings.during], name: "meeting_attendees_meeting_fk" })
      .onUpdate("cascade")
      .onDelete("cascade"),
    index("meeting_attendees_user_idx").on(t.userId),
  ],
);

/** A slot a delegate cannot attend. */
export const unavailabilities = pgTable(
  "unavailabilities",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "cascade" }),
    during: tstzrange("during").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.slotId] })],
);

export const sessionBookmarks = pgTable(
  "session_bookmarks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => agendaSessions.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sessionId] })],
);

/** The secret of a delegate's calendar subscription URL; only its hash is kept. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique("calendar_feeds_token_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
);

export type Slot = typeof slots.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type MeetingAttendee = typeof meetingAttendees.$inferSelect;
