import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { forums } from "./forums";
import { users } from "./users";

export const requestStatuses = ["open", "accepted", "declined", "cancelled", "expired"] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * A company's request to meet another. The database holds the rules: never to oneself, at
 * most one live (open or accepted) request per pair in either direction, and the forum's
 * cap on accepted meetings per company (a trigger, see the migration).
 */
export const meetingRequests = pgTable(
  "meeting_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    fromCompanyId: uuid("from_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    toCompanyId: uuid("to_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    message: text("message").notNull().default(""),
    status: text("status").$type<RequestStatus>().notNull().default("open"),
    responseNote: text("response_note"),
    respondedBy: uuid("responded_by").references(() => users.id, { onDelete: "set null" }),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** When the receivers were nudged that the request is about to expire (once). */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    expiredAt: timestamp("expired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("meeting_requests_not_self", sql`${t.fromCompanyId} <> ${t.toCompanyId}`),
    check("meeting_requests_status", sql`${t.status} in ('open', 'accepted', 'declined', 'cancelled', 'expired')`),
    check("meeting_requests_message_length", sql`char_length(${t.message}) <= 1000`),
    check("meeting_requests_note_length", sql`${t.responseNote} is null or char_length(${t.responseNote}) <= 1000`),
    uniqueIndex("meeting_requests_one_live_per_pair_key")
      .on(t.forumId, sql`least(${t.fromCompanyId}, ${t.toCompanyId})`, sql`greatest(${t.fromCompanyId}, ${t.toCompanyId})`)
      .where(sql`${t.status} in ('open', 'accepted')`),
    index("meeting_requests_to_status_idx").on(t.toCompanyId, t.status),
    index("meeting_requests_from_status_idx").on(t.fromCompanyId, t.status),
    // The expiry job reads only open requests, oldest first.
    index("meeting_requests_open_created_idx").on(t.forumId, t.createdAt).where(sql`${t.status} = 'open'`),
    // The organisers' figures count a forum's requests by status.
    index("meeting_requests_forum_status_idx").on(t.forumId, t.status),
  ],
);

export type MeetingRequest = typeof meetingRequests.$inferSelect;
