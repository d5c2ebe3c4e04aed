import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = "/usr/bin/chromium";

// Debian's Chromium where it exists (nothing can download a browser here); Playwright's own elsewhere.
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    }
  : {};

const serialAfterAll = /scheduler\.spec\.ts$/;
// Journeys that change the forum for everyone (slot length, blocking sessions) run last, alone.
const forumWide = /@forum-wide/;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Journeys sign in several people (argon2id on purpose) and visit many pages.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A delegate's phone may be on Moscow time: the app must still show the forum's zone.
    timezoneId: "Europe/Moscow",
    locale: "fr-FR",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", testIgnore: serialAfterAll, grepInvert: forumWide, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", testIgnore: serialAfterAll, grepInvert: forumWide, use: { ...devices["Pixel 7"], launchOptions } },
    // Publishing the auto-scheduler's proposal books every accepted request of the forum, the
    // other journeys' too: it runs on a laptop once they are done (`--no-deps` runs it alone).
    { name: "scheduler", testMatch: serialAfterAll, grepInvert: forumWide, dependencies: ["desktop", "phone"], use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "forum-wide", grep: forumWide, dependencies: ["scheduler"], use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/fr`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
