import type { Database } from "@/db/client";
import { dataStamp } from "@/db/schema";

/**
 * Where the data any participant's page shows stands. Every committed change raises it and
 * nothing lowers it, so two reads giving one value saw the same data, and a page rendered
 * after a read is at least as new as that read.
 */
export async function readDataStamp(db: Database): Promise<string> {
  // Read on every cached page load: built once per database handle, not per request.
  let query = prepared.get(db);
  if (!query) {
    query = db.select({ version: dataStamp.version }).from(dataStamp).prepare("read_data_stamp");
    prepared.set(db, query);
  }
  const [row] = await query.execute();
  return String(row?.version ?? 0);
}

type StampQuery = { execute(): Promise<{ version: number }[]> };
const prepared = new WeakMap<Database, StampQuery>();
