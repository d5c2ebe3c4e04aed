import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPglite, openPostgres, rowsOf, type DatabaseHandle } from "../db/client";
import { withDatabase } from "../db/testing/global-setup";

/**
 * A throw-away database for a benchmark: on the PostgreSQL server DATABASE_URL names (dropped
 * after unless KEEP=1, for EXPLAIN), else PGlite in a temporary folder; ENGINE=pglite forces PGlite.
 */
export async function freshDatabase(): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void>; label: string }> {
  const url = process.env.DATABASE_URL;
  if (url && process.env.ENGINE !== "pglite") {
    const name = `passerelle_bench_${process.pid}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const handle = openPostgres(withDatabase(url, name), 4);
    const version = rowsOf<{ v: string }>(await handle.db.execute(sql`select current_setting('server_version') as v`));
    return {
      handle,
      label: `PostgreSQL ${version[0]?.v ?? ""}`.trim(),
      dispose: async () => {
        await handle.close();
        if (process.env.KEEP) return void (await admin.end());
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "passerelle-bench-"));
  const handle = openPglite(dir);
  return {
    handle,
    label: "PGlite",
    dispose: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}
