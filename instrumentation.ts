export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertServerEnv } = await import("./lib/env");
  assertServerEnv();
  // Migrations are idempotent: each instance applies what is missing before serving.
  const { getHandle } = await import("./db/client");
  const { migrateDatabase } = await import("./db/migrate");
  await migrateDatabase(getHandle());
}
