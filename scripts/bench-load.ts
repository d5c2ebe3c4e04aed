import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { withDatabase } from "../db/testing/global-setup";
import { percentile } from "./bench-database";
import { measureUnderWrites, PAGE_LOAD_HEADERS } from "./bench-load-writes";
import { prepareDatabase } from "./prepare-database";

/**
 * `npm run bench:load`: the built app under load, as a delegate on the forum's day meets it.
 * A fresh database on the PostgreSQL server DATABASE_URL names (dropped after), the demo
 * forum, `next start` on a free port, a signed-in delegate; then autocannon, CONNECTIONS
 * (50) at once for SECONDS (10) per target: a static file (the ceiling), the agenda, my
 * schedule as one delegate reloading it (served from the page cache) and as every delegate in
 * turn (each request a render), the booking API, and the sign-in page as the floor of any
 * rendered page. Prints requests/s, p50/p95/p99, the response size, how the cache answered.
 * Then the cache while the forum changes: CONNECTIONS delegates each reloading their own
 * schedule while a stamped table changes 0, 1 and 10 times a second (bench-load-writes.ts).
 */
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 10);
const DATABASE = "passerelle_bench_load";
/** Changes per second to a table pages show, while delegates reload their schedules. */
const WRITES_PER_SECOND = [0, 1, 10];
// The booking API as a delegate with an accepted request to book; my schedule as the demo's
// fullest one (four meetings, three sessions).
const BOOKER = { email: "delegate.0255.1@demo.passerelle.test", password: "demo-delegate-2026" };
const SCHEDULE_OWNER = { email: "ivan.petrov@demo.passerelle.test", password: "demo-delegate-2026" };

interface Target {
  name: string;
  path: string;
  /** The session cookie to send, if any. */
  cookie?: string;
  /** Session cookies to take in turn, one per request (a crowd rather than one person). */
  crowd?: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForServer(base: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/fr`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer within two minutes");
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/**
 * Session cookies for every delegate of the demo forum, sealed as next-auth seals its own
 * (most seeded delegates have no password to sign in with).
 */
async function sessionsOfDelegates(databaseUrl: string, secret: string): Promise<string[]> {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const rows = await db`select id, email, full_name from users where role = 'participant' and company_id is not null order by email`;
  await db.end();
  const salt = "authjs.session-token";
  return Promise.all(
    rows.map(async (u) => `${salt}=${await encode({ token: { sub: u.id as string, email: u.email as string, name: u.full_name as string }, secret, salt })}`),
  );
}

/** Signs in through next-auth's own endpoints, as the sign-in form does: csrf token, then credentials. */
async function signIn(base: string, who: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: who.email, password: who.password, callbackUrl: `${base}/fr/schedule` }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status} ${response.headers.get("location")})`);
  return session;
}

async function measure(base: string, target: Target) {
  const headers: Record<string, string> = { ...PAGE_LOAD_HEADERS, ...(target.cookie ? { cookie: target.cookie } : {}) };
  const sample = await fetch(`${base}${target.path}`, { headers: { ...headers, ...(target.crowd ? { cookie: target.crowd[0]! } : {}), "accept-encoding": "identity" } });
  const body = Buffer.from(await sample.arrayBuffer());
  if (!sample.ok) throw new Error(`${target.path} answered ${sample.status}`);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    let turn = 0;
    const crowd = target.crowd;
    const requests = crowd ? [{ setupRequest: (r: autocannon.Request) => ({ ...r, headers: { ...r.headers, cookie: crowd[turn++ % crowd.length]! } }) }] : undefined;
    const instance = autocannon({ url: `${base}${target.path}`, connections: CONNECTIONS, duration: SECONDS, headers, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    // autocannon's own percentiles are whole milliseconds without p95: keep every response's time.
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    target: target.name,
    path: target.path,
    requests: result.requests.total,
    perSecond: result.requests.total / (result.duration || SECONDS),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rawBytes: body.length,
    pageCache: sample.headers.get("x-page-cache"),
    gzipBytes: gzipSync(body).length,
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("bench:load needs a PostgreSQL server: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test). It makes and drops its own database there.");
    process.exit(1);
  }
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${DATABASE}`);
  const databaseUrl = withDatabase(url, DATABASE);
  let server: ChildProcess | undefined;
  try {
    process.env.DATABASE_URL = databaseUrl;
    await prepareDatabase({ seed: true });
    const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [request] = await db`select r.id from meeting_requests r join users u on u.company_id = r.from_company_id
      where u.email = ${BOOKER.email} and r.status = 'accepted' limit 1`;
    await db.end();
    if (!request) throw new Error("the demo forum has no accepted request for the bench delegate");

    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", SEED_DEMO: "false" };
    env.AUTH_SECRET ??= "bench-only-secret-bench-only-secret-bench";
    const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
    const distDir = process.env.NEXT_DIST_DIR ?? ".next";
    if (!existsSync(path.join(process.cwd(), distDir, "BUILD_ID"))) {
      console.log("No build found: running next build…");
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
      if (build.status !== 0) throw new Error("next build failed");
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // Its own process group: next start runs the server in a child, stopped with the group.
    server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { env, detached: true, stdio: "ignore" });
    await waitForServer(base, server);
    const [booker, owner] = [await signIn(base, BOOKER), await signIn(base, SCHEDULE_OWNER)];
    const crowd = await sessionsOfDelegates(databaseUrl, env.AUTH_SECRET);

    const targets: Target[] = [
      { name: "static file (ceiling)", path: "/sw.js" },
      // A page that reads nothing but the session: what rendering any page costs here.
      { name: "sign-in page (no data)", path: "/fr/signin" },
      { name: "agenda", path: "/fr/agenda" },
      { name: "my schedule (signed in)", path: "/fr/schedule", cookie: owner },
      // Each request another delegate: each page is rendered, none comes from the page cache.
      { name: `my schedule, ${crowd.length} delegates in turn`, path: "/fr/schedule", crowd },
      { name: "booking API: free slots", path: `/api/v1/meeting-requests/${request.id}/slots`, cookie: booker },
    ];
    console.log(`bench:load: ${CONNECTIONS} connections, ${SECONDS} s per target, next start at ${base}; load average before: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    const results = [];
    for (const target of targets) {
      // A short unmeasured run warms the route (compiled code, database pages).
      await autocannon({ url: `${base}${target.path}`, connections: 5, amount: 50, headers: { ...PAGE_LOAD_HEADERS, cookie: target.cookie ?? target.crowd?.at(-1) ?? "" } });
      results.push(await measure(base, target));
    }
    console.table(
      results.map((r) => ({
        target: r.target,
        "req/s": Math.round(r.perSecond),
        "p50 ms": Math.round(r.p50),
        "p95 ms": Math.round(r.p95),
        "p99 ms": Math.round(r.p99),
        "size kB": (r.rawBytes / 1024).toFixed(1),
        "gzip kB": (r.gzipBytes / 1024).toFixed(1),
        "page cache": r.pageCache ?? "",
        "non-2xx": r.non2xx,
        errors: r.errors,
      })),
    );
    const ceiling = results[0]!;
    const schedule = results.find((r) => r.target === "my schedule (signed in)")!;
    const ratio = schedule.perSecond / ceiling.perSecond;
    console.log(
      `My schedule: ${(ratio * 100).toFixed(1)}% of the static ceiling (aim ≥ 10%), p95 ${Math.round(schedule.p95)} ms (aim < 100), ${(schedule.rawBytes / 1024).toFixed(1)} kB (aim < 100).`,
    );
    // The cache's hit share once the forum changes: one global stamp, so every change counts.
    const underWrites = [];
    for (const writesPerSecond of WRITES_PER_SECOND) underWrites.push(await measureUnderWrites(base, databaseUrl, crowd.slice(0, CONNECTIONS), SECONDS, writesPerSecond));
    console.log(`My schedule, ${CONNECTIONS} delegates each reloading their own, while a stamped table changes:`);
    console.table(
      underWrites.map((r) => ({
        "changes/s": r.writesPerSecond,
        "req/s": Math.round(r.perSecond),
        "from the cache": `${(r.hitShare * 100).toFixed(1)}%`,
        "p50 ms": Math.round(r.p50),
        "p95 ms": Math.round(r.p95),
      })),
    );
    console.log(`Load average after: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (on ${(await import("node:os")).cpus().length} cores)`);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
