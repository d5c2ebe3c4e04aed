import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { searchDirectory } from "../db/directory";
import { migrateDatabase } from "../db/migrate";
import { freshDatabase, percentile } from "./bench-database";
import { benchSearches, loadBenchCompanies } from "./bench-search-data";

/**
 * `npm run bench:search`: 50,000 synthetic companies in a fresh database, then 200
 * directory searches through searchDirectory, the function the page and the API call.
 * On the PostgreSQL server DATABASE_URL names (a throw-away database, dropped after unless
 * KEEP=1, for EXPLAIN), else on PGlite in a temporary folder. COMPANIES=n changes the size,
 * ENGINE=pglite forces PGlite, SHOW_SLOWEST=n lists the slowest searches.
 */
const COMPANIES = Number(process.env.COMPANIES ?? 50_000);
// PGlite's WebAssembly is compiled to fast code only once it runs hot, and both engines
// want their pages in memory: a different mix of searches runs first, unmeasured.
const WARM_UP = Number(process.env.WARM_UP ?? 100);

async function main() {
  const { handle, dispose, label } = await freshDatabase();
  try {
    let started = performance.now();
    await migrateDatabase(handle);
    console.log(`${label}: migrated in ${Math.round(performance.now() - started)} ms`);

    started = performance.now();
    const forumId = await loadBenchCompanies(handle.db, COMPANIES);
    console.log(`${label}: loaded ${COMPANIES} companies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    // What autovacuum and the checkpointer would have done by the time anyone searches: GIN
    // pending lists flushed, statistics gathered, the load's dirty pages written out (a
    // checkpoint needs rights a plain database owner may lack; then the server does it later).
    await handle.db.execute(sql`vacuum analyze`);
    if (handle.kind === "postgres") await handle.db.execute(sql`checkpoint`).catch(() => undefined);
    console.log(`${label}: vacuum, analyze and checkpoint in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    for (const search of benchSearches(WARM_UP, 11)) await searchDirectory(forumId, search, handle.db);
    const searches = benchSearches();
    const timings: { ms: number; search: (typeof searches)[number]; total: number }[] = [];
    for (const search of searches) {
      const t0 = performance.now();
      const result = await searchDirectory(forumId, search, handle.db);
      timings.push({ ms: performance.now() - t0, search, total: result.total });
    }
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.SHOW_SLOWEST ?? 5));
    for (const t of slowest) console.log(`  slow: ${t.ms.toFixed(1)} ms  ${JSON.stringify(t.search)} -> ${t.total}`);
    const f = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      `${label}: ${searches.length} searches over ${COMPANIES} companies: p50 ${f(percentile(sorted, 50))}, p95 ${f(percentile(sorted, 95))}, max ${f(sorted[sorted.length - 1] ?? NaN)}`,
    );
    // The figures move with whatever else the machine runs: say how busy it was.
    console.log(`load average (1, 5, 15 min): ${loadavg().map((n) => n.toFixed(2)).join(", ")}`);
  } finally {
    await dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
