import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { withDatabase } from "../db/testing/global-setup";
import { prepareDatabase } from "./prepare-database";

/**
 * Serves the built app for Playwright on a throw-away database with the demo forum:
 * a fresh database on the server DATABASE_URL names, else a fresh PGlite folder.
 */
async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (process.env.DATABASE_URL) {
    const name = `passerelle_e2e_${port}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, name);
  } else {
    env.PGLITE_DIR = path.join(process.cwd(), ".data", `e2e-pglite-${port}`);
    rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  }
  Object.assign(process.env, env);
  await prepareDatabase({ seed: true });
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
