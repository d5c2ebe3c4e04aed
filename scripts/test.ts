import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Every test of the project, in order: typecheck, lint, vitest (unit and integration, on the
 * PostgreSQL server DATABASE_URL names or on PGlite), then Playwright against the built app.
 * The last line sums them: "N passed, N failed".
 */
interface Tally {
  passed: number;
  failed: number;
}

const results = path.join(process.cwd(), ".data", "test");
mkdirSync(results, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];

function run(name: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const ok = result.status === 0;
  lines.push(`${ok ? "ok  " : "FAIL"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function check(name: string, command: string, args: string[]) {
  const ok = run(name, command, args);
  total[ok ? "passed" : "failed"] += 1;
  return ok;
}

check("typecheck", "npx", ["tsc", "--noEmit"]);
check("lint", "npx", ["eslint", ".", "--max-warnings", "0"]);

const vitestJson = path.join(results, "vitest.json");
rmSync(vitestJson, { force: true });
const vitestOk = run("unit and integration tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestJson);
total.passed += vitest?.numPassedTests ?? 0;
total.failed += vitest?.numFailedTests ?? 0;
if (!vitestOk && !vitest?.numFailedTests) total.failed += 1;

if (check("build", "npx", ["next", "build"])) {
  const playwrightJson = path.join(results, "playwright.json");
  rmSync(playwrightJson, { force: true });
  const e2eOk = run("end-to-end tests", "npx", ["playwright", "test"]);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(playwrightJson);
  total.passed += (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0);
  total.failed += report?.stats.unexpected ?? 0;
  if (!e2eOk && !report?.stats.unexpected) total.failed += 1;
}

console.log(`\n${lines.join("\n")}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
