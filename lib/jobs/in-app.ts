import type { DatabaseHandle } from "@/db/client";
import { startWorker, type Worker } from "./worker";

const globalForJobs = globalThis as unknown as { passerelleWorker?: Promise<Worker | null> };

/**
 * The worker inside the web server, started once per process (dev reloads call register
 * again). A failure to start is logged, never fatal: pages still serve, jobs wait in the
 * database for the next start.
 */
export function startWorkerOnce(handle: DatabaseHandle): Promise<Worker | null> {
  globalForJobs.passerelleWorker ??= startWorker(handle)
    .then((worker) => {
      console.log(`[jobs] worker running in the app (${handle.kind === "pglite" ? "embedded database" : "PostgreSQL"})`);
      return worker;
    })
    .catch((error) => {
      console.error("[jobs] the worker did not start; jobs wait in the database", error);
      return null;
    });
  return globalForJobs.passerelleWorker;
}
