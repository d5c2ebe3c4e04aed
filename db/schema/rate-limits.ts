import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters of recent attempts, one per key ("sign-in:email:…", "sign-in:ip:…"), each over a
 * fixed window that starts at its first hit. In the database, so that every instance of the
 * app behind a load balancer counts the same attempts.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
    hits: integer("hits").notNull().default(1),
  },
  (t) => [check("rate_limits_hits_positive", sql`${t.hits} > 0`)],
);
