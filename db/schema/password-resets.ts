import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A link to choose a new password, sent to the account's e-mail. Only the token's sha-256 is
 * kept; the link works once, until it expires. Using one closes every open link of the user.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("password_resets_token_key").on(t.tokenHash),
    index("password_resets_user_idx").on(t.userId),
    // Only the newest link works (lib/auth/password-reset.ts): one open link per account, whatever races.
    uniqueIndex("password_resets_one_open").on(t.userId).where(sql`${t.usedAt} is null`),
    check("password_resets_expiry", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

export type PasswordReset = typeof passwordResets.$inferSelect;
