import { sql } from "drizzle-orm";
import { bigint, boolean, check, pgTable } from "drizzle-orm/pg-core";

/**
 * One row counting the committed transactions that changed any table a participant's page
 * can show: a deferred trigger on each such table raises it once per transaction as the
 * transaction commits (migration 0021). It only grows, so a page rendered after reading one
 * value is right while the value stands; lib/page-cache keys on it. One row rather than one
 * per table: each transaction takes one lock, so no two can take them in opposite orders.
 */
export const dataStamp = pgTable(
  "data_stamp",
  {
    singleton: boolean("singleton").primaryKey().default(true),
    version: bigint("version", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("data_stamp_one_row", sql`${t.singleton}`)],
);
