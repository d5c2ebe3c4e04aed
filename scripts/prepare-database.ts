import { openDatabase, type DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDemo } from "../db/seed";

/** Migrates the database the environment names and, unless told not to, loads the demo forum once. */
export async function prepareDatabase(options: { seed: boolean }, handle: DatabaseHandle = openDatabase()) {
  const where = handle.kind === "pglite" ? "embedded PostgreSQL (PGlite)" : "PostgreSQL server";
  try {
    const started = Date.now();
    await migrateDatabase(handle);
    console.log(`Database ready on the ${where} (${Date.now() - started} ms).`);
    if (options.seed) {
      const seeded = Date.now();
      const result = await seedDemo(handle.db);
      console.log(
        result.created
          ? `Loaded the demo forum: ${result.companies} companies, ${result.users} accounts (${Date.now() - seeded} ms).`
          : "The demo forum is already there.",
      );
    }
  } finally {
    await handle.close();
  }
}
