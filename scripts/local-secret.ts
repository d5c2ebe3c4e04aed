import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET for a laptop: made once, kept in .data/ (never committed). Production sets
 * AUTH_SECRET itself; the server refuses to start without one.
 */
export function ensureLocalAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
    console.log("Made a local AUTH_SECRET in .data/auth-secret (set AUTH_SECRET in production).");
  }
  return readFileSync(file, "utf8").trim();
}
