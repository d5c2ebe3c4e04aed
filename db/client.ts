import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/** The one database type the app codes against, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  /** The embedded engine itself, for dumps and clones (PGlite only). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export function defaultDataDir(): string {
  return (
    process.env.PGLITE_DIR ??
    path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "pglite")
  );
}

export function openPglite(dataDir: string | PGlite): DatabaseHandle {
  let client: PGlite;
  if (typeof dataDir === "string") {
    // PGlite does not create parent folders itself.
    if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    client = new PGlite(dataDir, { extensions: { btree_gist, pg_trgm } });
  } else {
    client = dataDir;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return { db, kind: "pglite", pglite: client, close: () => client.close() };
}

export function openPostgres(url: string, max = 10): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Database;
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

/** Opens the database the environment names: DATABASE_URL, else the embedded one. */
export function openDatabase(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(defaultDataDir());
}

const globalForDb = globalThis as unknown as { passerelleDb?: DatabaseHandle };

/** The process-wide handle, opened on first use (never at import, so builds open nothing). */
export function getHandle(): DatabaseHandle {
  globalForDb.passerelleDb ??= openDatabase();
  return globalForDb.passerelleDb;
}

export function getDb(): Database {
  return getHandle().db;
}

/** postgres.js returns rows as an array, PGlite as `{ rows }`: callers see rows either way. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
