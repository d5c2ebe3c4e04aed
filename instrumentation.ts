export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertServerEnv } = await import("./lib/env");
  assertServerEnv();
  // Migrations are idempotent: each instance applies what is missing before serving.
  const { getHandle } = await import("./db/client");
  const { migrateDatabase } = await import("./db/migrate");
  await migrateDatabase(getHandle());
  // The jobs run in the app unless JOBS_IN_APP=false (then `npm run worker` runs them apart).
  // On the embedded database this is the only way: one process holds it.
  if (process.env.JOBS_IN_APP !== "false") {
    const { startWorkerOnce } = await import("./lib/jobs/in-app");
    await startWorkerOnce(getHandle());
  }
}
