import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/db/client";
import { createBoss, type BossOptions } from "./boss";
import { queueDefinitions } from "./queues";

export interface Worker {
  boss: PgBoss;
  stop(): Promise<void>;
}

const log = (message: string, error?: unknown) => console.error(`[jobs] ${message}`, error ?? "");

/**
 * Starts serving every queue: creates the queues and cron schedules (idempotent, so each
 * instance may do it at start), then polls. Jobs live in PostgreSQL: any number of workers
 * share them, each job is fetched by one (SKIP LOCKED), and a job whose worker dies is
 * expired by the next maintenance run and retried elsewhere.
 */
export async function startWorker(handle: DatabaseHandle, options: BossOptions & { boss?: PgBoss } = {}): Promise<Worker> {
  const boss = options.boss ?? createBoss(handle, options);
  boss.on("error", (error) => log("error", error));
  await boss.start();
  const definitions = queueDefinitions(handle.db, boss);
  for (const queue of definitions) await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
  for (const queue of definitions) {
    if (queue.cron) await boss.schedule(queue.name, queue.cron, {}, { tz: "UTC" });
    await boss.work<Record<string, unknown>>(queue.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 }, async (jobs) => {
      for (const job of jobs) await queue.handle(job.data ?? {});
    });
  }
  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 15_000 }),
  };
}
