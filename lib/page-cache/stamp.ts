import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dataVersions } from "@/db/schema";

/**
 * Where the data any participant's page shows stands: the sum of the tables' data versions.
 * Every committed change raises it and nothing lowers it, so two reads giving one sum saw the
 * same data, and a page rendered after a read is at least as new as that read.
 */
export async function readDataStamp(db: Database): Promise<string> {
  const [row] = await db.select({ stamp: sql<string>`coalesce(sum(${dataVersions.version}), 0)::text` }).from(dataVersions);
  return row?.stamp ?? "0";
}
