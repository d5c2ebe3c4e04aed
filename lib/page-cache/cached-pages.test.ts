import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { cachedRouteOf, cacheKey } from "./cached-pages";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://forum.test${path}`, init);

const answered = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => cachedRouteOf(request(path, init)) !== null;

// Headers as the proxy sees them: Next.js has already taken off its own routing headers (rsc,
// router state, prefetch) and the _rsc query, so only what the browser sends tells them apart.
const pageLoad = { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
const appFetch = { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", accept: "*/*" };

describe("which requests the page cache answers", () => {
  it("answers a browser loading the schedule in every locale, and a tool asking for HTML", () => {
    for (const locale of ["fr", "ar", "ru", "en"]) expect(answered(`/${locale}/schedule`, { headers: pageLoad })).toBe(true);
    expect(answered("/fr/schedule", { headers: { accept: "text/html" } })).toBe(true);
  });

  it("leaves the app's own fetches to it: client navigations, prefetches, refreshes", () => {
    expect(answered("/fr/schedule", { headers: appFetch })).toBe(false);
    // Even one that asks for HTML, when the browser says it is not loading a page.
    expect(answered("/fr/schedule", { headers: { ...appFetch, accept: "text/html" } })).toBe(false);
    expect(answered("/fr/schedule", { headers: { "sec-fetch-dest": "iframe", accept: "text/html" } })).toBe(false);
    expect(answered("/fr/schedule")).toBe(false);
  });

  it("answers the programme, on any of its days, as the schedule", () => {
    expect(answered("/ru/agenda", { headers: pageLoad })).toBe(true);
    expect(answered("/ru/agenda?day=2026-12-09", { headers: pageLoad })).toBe(true);
    expect(answered("/ru/agenda", { headers: appFetch })).toBe(false);
    expect(cachedRouteOf(request("/ru/agenda", { headers: pageLoad }))?.visitors).toBe(true);
    expect(cachedRouteOf(request("/ru/schedule", { headers: pageLoad }))?.visitors).toBe(false);
  });

  it("leaves everything else to the app: other pages, other methods, the schedule with a query", () => {
    expect(answered("/fr/companies", { headers: pageLoad })).toBe(false);
    expect(answered("/de/schedule", { headers: pageLoad })).toBe(false);
    expect(answered("/fr/schedule/extra", { headers: pageLoad })).toBe(false);
    expect(answered("/fr/schedule?day=2026-12-09", { headers: pageLoad })).toBe(false);
    expect(answered("/fr/schedule", { method: "POST", headers: pageLoad })).toBe(false);
    expect(answered("/fr/schedule", { method: "HEAD", headers: pageLoad })).toBe(false);
  });
});

describe("the page cache's key", () => {
  const at = new Date("2026-12-08T09:00:10Z");
  const key = (over: Partial<{ address: string; reader: string; stamp: string; now: Date }> = {}) =>
    cacheKey(over.address ?? "forum.test/fr/schedule", over.reader ?? "ivan", over.stamp ?? "41", over.now ?? at);

  it("is one within a minute for one reader of one address at one data stamp", () => {
    expect(key({ now: new Date("2026-12-08T09:00:59Z") })).toBe(key());
  });

  it("changes with the reader, the data, the minute, the locale, the host and the query", () => {
    const others = [
      key({ reader: "elena" }),
      key({ reader: "visitor" }),
      key({ stamp: "42" }),
      key({ now: new Date("2026-12-08T09:01:00Z") }),
      key({ address: "forum.test/ru/schedule" }),
      key({ address: "other.test/fr/schedule" }),
      key({ address: "forum.test/fr/agenda?day=2026-12-09" }),
      key({ address: "forum.test/fr/agenda" }),
    ];
    expect(new Set([key(), ...others]).size).toBe(9);
  });
});
