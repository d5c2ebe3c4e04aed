import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { loadMatchCompanies } from "../db/matching";
import { migrateDatabase } from "../db/migrate";
import { requestPartners } from "../db/requests";
import { companies, users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { rankSuggestions } from "../lib/matching/score";
import { suggestPartners } from "../lib/matching/suggest";
import { freshDatabase, percentile } from "./bench-database";

/**
 * `npm run bench:matching`: the demo forum (500 companies) in a fresh database, then the
 * suggestions of RUNS companies' delegates, as the page asks for them (load the forum's
 * companies and the company's requests, rank, cut a page), and the ranking alone.
 */
const RUNS = Number(process.env.RUNS ?? 100);
const WARM_UP = 20;

const summary = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${label}: p50 ${f(percentile(sorted, 50))}, p95 ${f(percentile(sorted, 95))}, max ${f(sorted.at(-1) ?? NaN)} over ${sorted.length}`);
};

async function main() {
  const { handle, dispose, label } = await freshDatabase();
  try {
    await migrateDatabase(handle);
    const seeded = await seedDemo(handle.db);
    console.log(`${label}: demo forum loaded (${seeded.companies} companies)`);
    const delegates = await handle.db
      .select({ user: users })
      .from(users)
      .innerJoin(companies, eq(companies.id, users.companyId))
      .where(and(isNotNull(users.companyId), eq(companies.status, "approved"), eq(users.isMainContact, true)))
      .orderBy(asc(users.email))
      .limit(RUNS + WARM_UP);

    const page: number[] = [];
    const rankOnly: number[] = [];
    let ranked = 0;
    for (const [i, { user }] of delegates.entries()) {
      let started = performance.now();
      const result = await suggestPartners(user, { limit: 20, offset: 0 }, handle.db);
      const pageTime = performance.now() - started;

      const [candidates, partners] = await Promise.all([loadMatchCompanies(result.forumId, handle.db), requestPartners(user.companyId!, handle.db)]);
      const us = candidates.find((c) => c.id === user.companyId)!;
      started = performance.now();
      ranked = rankSuggestions(us, candidates, partners).length;
      const rankTime = performance.now() - started;
      if (i < WARM_UP) continue;
      page.push(pageTime);
      rankOnly.push(rankTime);
    }
    console.log(`${label}: ${ranked} candidates ranked per company`);
    summary(`${label}: suggestions page data (load + rank + page)`, page);
    summary(`${label}: ranking alone (pure scorer)`, rankOnly);
    console.log(`load average: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  } finally {
    await dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
