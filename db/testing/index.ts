import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";
import { inject } from "vitest";
import { openPglite, openPostgres, type DatabaseHandle } from "../client";
import { withDatabase } from "./global-setup";

export interface TestDatabase extends DatabaseHandle {
  /** A URL for a second connection pool (postgres only), to play a second app instance. */
  url?: string;
}

/** A fresh, migrated database for one test file. Close it in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const config = inject("testDatabase");
  if (config.kind === "pglite") {
    const client = await PGlite.create({
      loadDataDir: new Blob([readFileSync(config.dump)]),
      extensions: { btree_gist, pg_trgm },
    });
    return openPglite(client);
  }
  const name = `passerelle_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(config.url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${config.template}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(config.url, name);
  const handle = openPostgres(url, 10);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const dropper = postgres(config.url, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
