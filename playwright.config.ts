import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Journeys that change the forum for everyone get a server and a demo forum of their own.
const forumWidePort = port + 1;
const systemChromium = "/usr/bin/chromium";

// Debian's Chromium where it exists (nothing can download a browser here); Playwright's own elsewhere.
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    }
  : {};

const serialAfterAll = /scheduler\.spec\.ts$/;
// Journeys that change the forum for everyone (slot length, blocking sessions) would unseat the
// other journeys' meetings, and a meeting marked held on the day forbids re-cutting the slots:
// they run on their own server, on a fresh demo forum, as the forum stands before any journey.
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
    { name: "forum-wide", grep: forumWide, use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://localhost:${forumWidePort}` } },
  ],
  // Each server has its own throw-away database (scripts/e2e-server.ts names it after the port).
  webServer: [port, forumWidePort].map((p) => ({
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://localhost:${p}/fr`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: { E2E_PORT: String(p) },
  })),
});
