import { sql } from "drizzle-orm";
import { char, check, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { forums } from "./forums";
import { meetings } from "./meetings";
import { users } from "./users";

export const outcomeKinds = ["follow_up", "mou", "contract", "no_interest"] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const outcomeCurrencies = ["USD", "EUR", "DZD", "RUB"] as const;
export type OutcomeCurrency = (typeof outcomeCurrencies)[number];

/**
 * How a held meeting went, as one side sees it. Each side has its own row and never reads
 * the other's; a trigger (see the migration) admits only a side of a held meeting.
 */
export const meetingOutcomes = pgTable(
  "meeting_outcomes",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    outcome: text("outcome").$type<OutcomeKind>().notNull(),
    estimatedValue: numeric("estimated_value", { precision: 16, scale: 2 }),
    currency: char("currency", { length: 3 }).$type<OutcomeCurrency>(),
    note: text("note"),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.companyId] }),
    check("meeting_outcomes_kind", sql`${t.outcome} in ('follow_up', 'mou', 'contract', 'no_interest')`),
    check("meeting_outcomes_value", sql`${t.estimatedValue} is null or ${t.estimatedValue} >= 0`),
    check("meeting_outcomes_currency", sql`(${t.estimatedValue} is null) = (${t.currency} is null)`),
    check("meeting_outcomes_currency_code", sql`${t.currency} is null or ${t.currency} in ('USD', 'EUR', 'DZD', 'RUB')`),
    check("meeting_outcomes_note_length", sql`${t.note} is null or char_length(${t.note}) <= 2000`),
  ],
);

/**
 * The forum's goal for the estimated value of deals, in one currency, and the rates that
 * bring the other currencies to it (1 unit of the key's currency = rate units of the goal's).
 */
export const forumGoals = pgTable(
  "forum_goals",
  {
    forumId: uuid("forum_id")
      .primaryKey()
      .references(() => forums.id, { onDelete: "cascade" }),
    dealValueGoal: numeric("deal_value_goal", { precision: 16, scale: 2 }).notNull(),
    currency: char("currency", { length: 3 }).$type<OutcomeCurrency>().notNull(),
    rates: jsonb("rates").$type<Partial<Record<OutcomeCurrency, number>>>().notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("forum_goals_positive", sql`${t.dealValueGoal} > 0`),
    check("forum_goals_currency", sql`${t.currency} in ('USD', 'EUR', 'DZD', 'RUB')`),
  ],
);

export type MeetingOutcome = typeof meetingOutcomes.$inferSelect;
export type ForumGoal = typeof forumGoals.$inferSelect;
