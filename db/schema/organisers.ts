import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { forums } from "./forums";
import { users } from "./users";

/**
 * An invitation to become an organiser, sent to one e-mail. Only the token's hash is kept;
 * the link works once, until it expires or is revoked.
 */
export const organiserInvitations = pgTable(
  "organiser_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: uuid("used_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("organiser_invitations_token_key").on(t.tokenHash),
    index("organiser_invitations_forum_idx").on(t.forumId, t.createdAt),
    check("organiser_invitations_email_lower", sql`${t.email} = lower(${t.email})`),
    check("organiser_invitations_expiry", sql`${t.expiresAt} > ${t.createdAt}`),
    check("organiser_invitations_used_once", sql`${t.usedAt} is null or ${t.revokedAt} is null`),
  ],
);

export type OrganiserInvitation = typeof organiserInvitations.$inferSelect;
