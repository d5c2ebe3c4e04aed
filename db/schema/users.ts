import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";

export const roles = ["participant", "organiser"] as const;
export type Role = (typeof roles)[number];

/**
 * A person with an account: a company's delegate (participant) or an organiser.
 * E-mails are stored lower-cased; the unique index makes a duplicate sign-up fail in the
 * database even when two arrive at once.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    passwordHash: text("password_hash"),
    role: text("role").$type<Role>().notNull().default("participant"),
    fullName: text("full_name").notNull(),
    jobTitle: text("job_title"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    locale: text("locale").notNull().default("fr"),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_company_idx").on(t.companyId),
    check("users_role", sql`${t.role} in ('participant', 'organiser')`),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_locale", sql`${t.locale} in ('fr', 'ar', 'ru', 'en')`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
