import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import pg from "pg";
import PgBoss from "pg-boss";
import { emailOutbox, forums, scheduleChanges, users } from "@/db/schema";
import { listMeetingsOfUser } from "@/db/schedule";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { recordPublishedMeetings } from "@/lib/notices/record";
import { createBoss } from "./boss";
import { pgliteJobsDb, type JobsDb } from "./pglite-db";
import { QUEUES, stableJobId } from "./queues";
import { startWorker, type Worker } from "./worker";

/**
 * These run on both engines. On PostgreSQL each worker has its own connection pool, as two
 * app instances would. On PGlite both share the one embedded connection (the database opens
 * in one process only), so "two workers" there are two pg-boss instances in one process.
 */
let t: TestDatabase;
const started: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  for (const boss of started.reverse()) await boss.stop().catch(() => {});
  await t?.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out waiting");
    await wait(200);
  }
}

/**
 * The database as a worker sees it; after `kill()` nothing it sends gets an answer, as for a
 * process frozen or cut off mid-job: it can neither complete nor fail what it holds.
 */
function killableDb(): { db: JobsDb; kill(): Promise<void> } {
  let dead = false;
  const gone = () => new Promise<never>(() => {});
  if (t.kind === "pglite") {
    const inner = pgliteJobsDb(t.pglite!);
    return { db: { executeSql: (text, values) => (dead ? gone() : inner.executeSql(text, values)) }, kill: async () => void (dead = true) };
  }
  const pool = new pg.Pool({ connectionString: t.url, max: 2 });
  pool.on("error", () => {});
  return {
    db: { executeSql: async (text, values) => (dead ? gone() : ((await pool.query(text, values)) as unknown as { rows: unknown[]; rowCount: number })) },
    kill: async () => {
      dead = true;
      await pool.end();
    },
  };
}

async function bossOn(options: object = {}, track = true) {
  const boss = Object.keys(options).length ? new PgBoss({ ...(options as object), schema: "pgboss" } as PgBoss.ConstructorOptions) : createBoss(t, { pollingIntervalSeconds: 0.5 }, t.url);
  boss.on("error", () => {});
  await boss.start();
  if (track) started.push({ stop: () => boss.stop({ graceful: false }) });
  return boss;
}

describe("jobs in the database", () => {
  it("runs each job once when two workers serve the queue", async () => {
    const [a, b] = [await bossOn(), await bossOn()];
    await a.createQueue("test-once");
    const runs = new Map<string, number>();
    const handler = (worker: string) => async (jobs: PgBoss.Job<object>[]) => {
      for (const job of jobs) {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        await wait(5);
      }
      return worker;
    };
    await a.work("test-once", { pollingIntervalSeconds: 0.5, batchSize: 2 }, handler("a"));
    await b.work("test-once", { pollingIntervalSeconds: 0.5, batchSize: 2 }, handler("b"));
    const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => a.send("test-once", { i })));
    await until(async () => ids.every((id) => runs.has(id!)) && runs.size === 30);
    await wait(1500);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(30);
  }, 60_000);

  it("loses no job when a worker dies in the middle of one: it expires and another worker completes it", async () => {
    const crashing = killableDb();
    const a = await bossOn({ db: crashing.db, supervise: false, schedule: false }, false);
    await a.createQueue("test-crash", { name: "test-crash", retryLimit: 2, retryDelay: 0 });
    const id = (await a.send("test-crash", { n: 1 }, { expireInSeconds: 1 }))!;
    let startedOnA = false;
    // A takes the job and never finishes it.
    await a.work("test-crash", { pollingIntervalSeconds: 0.5 }, async () => {
      startedOnA = true;
      await new Promise(() => {});
    });
    await until(async () => startedOnA);
    await crashing.kill();
    const held = (await (await bossOn()).getJobById("test-crash", id))!;
    expect(held.state).toBe("active");

    // B's maintenance expires the abandoned job; B then runs it to completion.
    const b = await bossOn(t.kind === "pglite" ? ({ db: pgliteJobsDb(t.pglite!), maintenanceIntervalSeconds: 1 } as object) : ({ connectionString: t.url, maintenanceIntervalSeconds: 1 } as object));
    let ranOnB = 0;
    await b.work("test-crash", { pollingIntervalSeconds: 0.5 }, async () => {
      ranOnB++;
    });
    const done = await until(async () => {
      const job = await b.getJobById("test-crash", id);
      return job?.state === "completed" ? job : null;
    }, 45_000);
    expect(ranOnB).toBe(1);
    expect(done.retryCount).toBe(1);
  }, 90_000);

  it("makes one evening job per forum and day, however often it is planned", async () => {
    const boss = await bossOn();
    await boss.createQueue("test-daily");
    const first = await boss.send("test-daily", { day: "2026-12-08" }, { id: stableJobId("evening", "forum", "2026-12-08") });
    const again = await boss.send("test-daily", { day: "2026-12-08" }, { id: stableJobId("evening", "forum", "2026-12-08") });
    const next = await boss.send("test-daily", { day: "2026-12-09" }, { id: stableJobId("evening", "forum", "2026-12-09") });
    expect(first).toBeTruthy();
    expect(again).toBeNull();
    expect(next).not.toBe(first);
  });

  it("sends a delegate's schedule notice through the real worker, once, with two workers running", async () => {
    await seedDemo(t.db);
    const [ivan] = await t.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test"));
    const [forum] = await t.db.select().from(forums);
    const meetings = await listMeetingsOfUser(ivan!.id, {}, t.db);
    await recordPublishedMeetings(meetings.map((m) => ({ id: m.id, forumId: forum!.id })), t.db);
    await t.db.update(scheduleChanges).set({ createdAt: new Date(Date.now() - 60 * 60 * 1000) });
    const workers: Worker[] = [await startWorker(t, { pollingIntervalSeconds: 0.5 }), await startWorker(t, { pollingIntervalSeconds: 0.5 })];
    started.push(...workers);
    await workers[0]!.boss.send(QUEUES.digest, { userId: ivan!.id }, { singletonKey: ivan!.id });
    await workers[1]!.boss.send(QUEUES.digest, { userId: ivan!.id }, { singletonKey: ivan!.id });
    const mails = await until(async () => {
      const rows = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, ivan!.email));
      return rows.length ? rows : null;
    });
    await wait(2000);
    expect(await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, ivan!.email))).toHaveLength(1);
    expect(mails[0]!.body.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(meetings.length);
  }, 120_000);
});
