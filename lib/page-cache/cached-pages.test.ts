import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { cacheKey, isCacheableRequest } from "./cached-pages";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://forum.test${path}`, init);

// Headers as the proxy sees them: Next.js has already taken off its own routing headers (rsc,
// router state, prefetch) and the _rsc query, so only what the browser sends tells them apart.
const pageLoad = { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
const appFetch = { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", accept: "*/*" };

describe("which requests the page cache answers", () => {
  it("answers a browser loading the schedule in every locale, and a tool asking for HTML", () => {
    for (const locale of ["fr", "ar", "ru", "en"]) expect(isCacheableRequest(request(`/${locale}/schedule`, { headers: pageLoad }))).toBe(true);
    expect(isCacheableRequest(request("/fr/schedule", { headers: { accept: "text/html" } }))).toBe(true);
  });

  it("leaves the app's own fetches to it: client navigations, prefetches, refreshes", () => {
    expect(isCacheableRequest(request("/fr/schedule", { headers: appFetch }))).toBe(false);
    // Even one that asks for HTML, when the browser says it is not loading a page.
    expect(isCacheableRequest(request("/fr/schedule", { headers: { ...appFetch, accept: "text/html" } }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule", { headers: { "sec-fetch-dest": "iframe", accept: "text/html" } }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule"))).toBe(false);
  });

  it("leaves everything else to the app: other pages, other methods, queries", () => {
    expect(isCacheableRequest(request("/fr/agenda", { headers: pageLoad }))).toBe(false);
    expect(isCacheableRequest(request("/de/schedule", { headers: pageLoad }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule/extra", { headers: pageLoad }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule?day=2026-12-09", { headers: pageLoad }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule", { method: "POST", headers: pageLoad }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule", { method: "HEAD", headers: pageLoad }))).toBe(false);
  });
});

describe("the page cache's key", () => {
  const at = new Date("2026-12-08T09:00:10Z");
  const key = (over: Partial<{ host: string; path: string; user: string; stamp: string; now: Date }> = {}) =>
    cacheKey(over.host ?? "forum.test", over.path ?? "/fr/schedule", over.user ?? "ivan", over.stamp ?? "41", over.now ?? at);

  it("is one within a minute for one person at one data stamp", () => {
    expect(key({ now: new Date("2026-12-08T09:00:59Z") })).toBe(key());
  });

  it("changes with the person, the data, the minute, the locale and the host", () => {
    const others = [
      key({ user: "elena" }),
      key({ stamp: "42" }),
      key({ now: new Date("2026-12-08T09:01:00Z") }),
      key({ path: "/ru/schedule" }),
      key({ host: "other.test" }),
    ];
    expect(new Set([key(), ...others]).size).toBe(6);
  });
});
