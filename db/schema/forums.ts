import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** A text in each of the forum's languages, e.g. { fr: "Alger", ar: "الجزائر", ... }. */
export type LocalizedText = Partial<Record<"fr" | "ar" | "ru" | "en", string>>;
/** A list in each of the forum's languages, e.g. a session's speakers with their roles. */
export type LocalizedList = Partial<Record<"fr" | "ar" | "ru" | "en", string[]>>;

export const forums = pgTable(
  "forums",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    city: jsonb("city").$type<LocalizedText>().notNull(),
    venue: jsonb("venue").$type<LocalizedText>().notNull().default({}),
    timeZone: text("time_zone").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    countryA: char("country_a", { length: 2 }).notNull(),
    countryB: char("country_b", { length: 2 }).notNull(),
    slotMinutes: integer("slot_minutes").notNull().default(30),
    meetingCap: integer("meeting_cap").notNull().default(20),
    bookingMode: text("booking_mode").$type<"self" | "organiser" | "both">().notNull().default("both"),
    /** After this instant delegates can no longer book, move or cancel on their own. */
    selfBookingClosesAt: timestamp("self_booking_closes_at", { withTimezone: true }),
    scheduleLocked: boolean("schedule_locked").notNull().default(false),
    /** An unanswered request expires this many days after it was sent; null: only when self-service booking closes. */
    requestExpiryDays: integer("request_expiry_days").default(7),
    /** Raised at each change of the settings: a form saved over a newer version is refused. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("forums_slug_key").on(t.slug),
    check("forums_dates_order", sql`${t.endsOn} >= ${t.startsOn}`),
    check("forums_countries_differ", sql`${t.countryA} <> ${t.countryB}`),
    check("forums_slot_minutes_range", sql`${t.slotMinutes} between 5 and 240`),
    check("forums_meeting_cap_range", sql`${t.meetingCap} between 1 and 1000`),
    check("forums_request_expiry_days_range", sql`${t.requestExpiryDays} is null or ${t.requestExpiryDays} between 1 and 60`),
    check("forums_booking_mode", sql`${t.bookingMode} in ('self', 'organiser', 'both')`),
  ],
);

/** One day of the forum, with the hours in which B2B meetings may take place. */
export const forumDays = pgTable(
  "forum_days",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    b2bStartsAt: timestamp("b2b_starts_at", { withTimezone: true }).notNull(),
    b2bEndsAt: timestamp("b2b_ends_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("forum_days_forum_day_key").on(t.forumId, t.day),
    check("forum_days_b2b_order", sql`${t.b2bEndsAt} > ${t.b2bStartsAt}`),
  ],
);

export const sectors = pgTable(
  "sectors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("sectors_forum_code_key").on(t.forumId, t.code)],
);

export const rooms = pgTable(
  "rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    capacity: integer("capacity"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("rooms_forum_idx").on(t.forumId)],
);

/** A numbered table on which one B2B meeting takes place per slot. */
export const meetingTables = pgTable(
  "meeting_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    zone: text("zone"),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("meeting_tables_forum_number_key").on(t.forumId, t.number),
    unique("meeting_tables_identity_key").on(t.id, t.forumId),
    check("meeting_tables_number_positive", sql`${t.number} > 0`),
  ],
);

export const sessionKinds = ["plenary", "panel", "workshop", "break"] as const;
export type SessionKind = (typeof sessionKinds)[number];

/** An item of the public programme. */
export const agendaSessions = pgTable(
  "agenda_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    kind: text("kind").$type<SessionKind>().notNull(),
    title: jsonb("title").$type<LocalizedText>().notNull(),
    description: jsonb("description").$type<LocalizedText>().notNull().default({}),
    roomId: uuid("room_id").references(() => rooms.id, { onDelete: "set null" }),
    sectorId: uuid("sector_id").references(() => sectors.id, { onDelete: "set null" }),
    speakers: jsonb("speakers").$type<LocalizedList>().notNull().default({}),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    blocksB2b: boolean("blocks_b2b").notNull().default(false),
  },
  (t) => [
    index("agenda_sessions_forum_start_idx").on(t.forumId, t.startsAt),
    check("agenda_sessions_order", sql`${t.endsAt} > ${t.startsAt}`),
    check("agenda_sessions_kind", sql`${t.kind} in ('plenary', 'panel', 'workshop', 'break')`),
    check("agenda_sessions_speakers_by_language", sql`jsonb_typeof(${t.speakers}) = 'object'`),
  ],
);

export type Forum = typeof forums.$inferSelect;
export type ForumDay = typeof forumDays.$inferSelect;
export type Sector = typeof sectors.$inferSelect;
export type Room = typeof rooms.$inferSelect;
export type MeetingTable = typeof meetingTables.$inferSelect;
export type AgendaSession = typeof agendaSessions.$inferSelect;
