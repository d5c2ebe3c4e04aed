import { openPostgres } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { startWorker } from "../lib/jobs/worker";

/**
 * The job worker on its own, for production: as many as you like, beside the app instances,
 * against the PostgreSQL server that DATABASE_URL names.
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "The worker needs DATABASE_URL (a PostgreSQL server).\n" +
        "On the embedded database (PGlite) only one process can open it, so `npm start` runs the jobs inside the app: nothing else to start.",
    );
    process.exit(1);
  }
  const handle = openPostgres(url, 5);
  await migrateDatabase(handle);
  const worker = await startWorker(handle);
  console.log("Passerelle worker: serving jobs (requests that expire, reminders, schedule notices, e-mail delivery)");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Lets the jobs in hand finish; any left are expired and retried by another worker.
    await worker.stop();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
