import type { Database } from "@/db/client";
import { dataStamp } from "@/db/schema";

/**
 * Where the data any participant's page shows stands. Every committed change raises it and
 * nothing lowers it, so two reads giving one value saw the same data, and a page rendered
 * after a read is at least as new as that read.
 */
export async function readDataStamp(db: Database): Promise<string> {
  const [row] = await db.select({ version: dataStamp.version }).from(dataStamp);
  return String(row?.version ?? 0);
}
