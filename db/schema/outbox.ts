import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Every e-mail the app sends is written here first, in the same transaction as the change it
 * tells of; a sender delivers it through SMTP when one is configured. Without SMTP (the
 * demo) the organiser reads them in the console: nothing is lost.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toEmail: text("to_email").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [
    index("email_outbox_unsent_idx").on(t.createdAt).where(sql`${t.sentAt} is null`),
    check("email_outbox_locale", sql`${t.locale} in ('fr', 'ar', 'ru', 'en')`),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
