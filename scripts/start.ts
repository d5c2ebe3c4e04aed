import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ensureLocalAuthSecret } from "./local-secret";
import { prepareDatabase } from "./prepare-database";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The newest modification time under the sources a build depends on. */
function newestSource(): number {
  const roots = ["app", "components", "lib", "db", "messages", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json"];
  let newest = 0;
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) if (entry !== "migrations") visit(path.join(file, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  roots.forEach((r) => visit(path.join(root, r)));
  return newest;
}

function buildIfNeeded(env: NodeJS.ProcessEnv) {
  // The same folder the app is built into and served from (next.config.js).
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource()) return;
  console.log("Building the app (next build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const env = {
    ...process.env,
    AUTH_SECRET: ensureLocalAuthSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  process.env.AUTH_SECRET = env.AUTH_SECRET;
  await prepareDatabase({ seed: process.env.SEED_DEMO !== "false" });
  if (!dev) buildIfNeeded(env);
  const port = process.env.PORT ?? "3000";
  // The server gets its own process group so that stopping it stops its workers too.
  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env, detached: true });
  console.log(`Passerelle: http://localhost:${port}`);
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
