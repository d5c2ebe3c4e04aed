import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * How many committed transactions have changed each table. A trigger on every table a
 * participant's page can show raises its row as the transaction commits (migration
 * 0021), so the sum only grows and moves with every change a page could show: a page
 * rendered at one sum is still right while the sum stands. lib/page-cache keys on it.
 */
export const dataVersions = pgTable("data_versions", {
  tableName: text("table_name").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
