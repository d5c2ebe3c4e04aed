import PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/db/client";
import { pgliteJobsDb } from "./pglite-db";

export interface BossOptions {
  /** Seconds between polls of each queue; 2 s by default. */
  pollingIntervalSeconds?: number;
  /** Seconds between maintenance runs (expiring jobs whose worker vanished, archiving). */
  maintenanceIntervalSeconds?: number;
  /** Whether this instance runs cron schedules and maintenance (any number may: they take turns). */
  supervise?: boolean;
}

/**
 * A pg-boss instance on the app's database: its own small pool on PostgreSQL (the jobs live
 * in the `pgboss` schema of the same database), or the embedded PGlite through an adapter.
 */
export function createBoss(handle: DatabaseHandle, options: BossOptions = {}, url = process.env.DATABASE_URL): PgBoss {
  const common = {
    schema: "pgboss",
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    // The forum's jobs are small; a worker that vanishes mid-job is noticed within minutes.
    expireInSeconds: 5 * 60,
    retryLimit: 3,
    retryDelay: 30,
    archiveCompletedAfterSeconds: 24 * 60 * 60,
  };
  if (handle.kind === "pglite") {
    if (!handle.pglite) throw new Error("the embedded database handle has no PGlite client");
    return new PgBoss({ ...common, db: pgliteJobsDb(handle.pglite) });
  }
  if (!url) throw new Error("DATABASE_URL is needed to run jobs on PostgreSQL");
  return new PgBoss({ ...common, connectionString: url, max: 3, application_name: "passerelle-jobs" });
}
