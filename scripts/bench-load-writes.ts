import postgres from "postgres";
import { percentile } from "./bench-database";

/** What a browser loading a page sends: the page cache answers page loads only. */
export const PAGE_LOAD_HEADERS = { "sec-fetch-dest": "document", accept: "text/html,application/xhtml+xml,*/*;q=0.8" } as const;

export interface UnderWritesRow {
  writesPerSecond: number;
  perSecond: number;
  hitShare: number;
  p50: number;
  p95: number;
}

/**
 * The page cache while the forum changes: each connection is one delegate reloading their own
 * schedule, while another process changes a stamped table (a company's row) so many times a
 * second. Every change raises the data stamp, so each delegate's next load renders afresh:
 * what share of loads still comes from the cache, and at what speed.
 */
export async function measureUnderWrites(base: string, databaseUrl: string, sessions: readonly string[], seconds: number, writesPerSecond: number): Promise<UnderWritesRow> {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [company] = await db`select id from companies limit 1`;
  const stopAt = performance.now() + seconds * 1000;
  let writer: ReturnType<typeof setInterval> | undefined;
  if (writesPerSecond > 0) {
    writer = setInterval(() => {
      // A postgres.js query runs when it is awaited or executed, not when written.
      db`update companies set updated_at = now() where id = ${company!.id}`.execute().catch((error: unknown) => console.error(error));
    }, 1000 / writesPerSecond);
  }
  const latencies: number[] = [];
  let hits = 0;
  const delegate = async (cookie: string) => {
    while (performance.now() < stopAt) {
      const started = performance.now();
      const response = await fetch(`${base}/fr/schedule`, { headers: { ...PAGE_LOAD_HEADERS, cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`/fr/schedule answered ${response.status}`);
      latencies.push(performance.now() - started);
      if (response.headers.get("x-page-cache") === "hit") hits++;
    }
  };
  try {
    await Promise.all(sessions.map(delegate));
  } finally {
    clearInterval(writer);
    await db.end();
  }
  latencies.sort((a, b) => a - b);
  return { writesPerSecond, perSecond: latencies.length / seconds, hitShare: hits / latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}
