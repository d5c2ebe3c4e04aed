import { sql } from "drizzle-orm";
import { boolean, check, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    /** The company's main contact manages its delegates and invitations; one per company. */
    isMainContact: boolean("is_main_contact").notNull().default(false),
    /**
     * Raised each time the password changes; a session carries the value it was signed in
     * with, and one that no longer matches is refused, so a reset signs out every device.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_company_idx").on(t.companyId),
    check("users_role", sql`${t.role} in ('participant', 'organiser')`),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_locale", sql`${t.locale} in ('fr', 'ar', 'ru', 'en')`),
    uniqueIndex("users_one_main_contact_key").on(t.companyId).where(sql`${t.isMainContact}`),
    check("users_main_contact_has_company", sql`not ${t.isMainContact} or ${t.companyId} is not null`),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A delegate's photo, kept in the database so every instance serves the same bytes. */
export const userPhotos = pgTable(
  "user_photos",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    bytes: bytea("bytes").notNull(),
    size: integer("size").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("user_photos_type", sql`${t.contentType} in ('image/jpeg', 'image/png', 'image/webp')`),
    check("user_photos_size", sql`${t.size} between 1 and 2097152 and ${t.size} = octet_length(${t.bytes})`),
  ],
);

export type User = typeof users.$inferSelect;
export type UserPhoto = typeof userPhotos.$inferSelect;
export type NewUser = typeof users.$inferInsert;
