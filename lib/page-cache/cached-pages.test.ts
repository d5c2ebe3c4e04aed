import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { cacheKey, isCacheableRequest } from "./cached-pages";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://forum.test${path}`, init);

describe("which requests the page cache answers", () => {
  it("answers the schedule's HTML document in every locale", () => {
    for (const locale of ["fr", "ar", "ru", "en"]) expect(isCacheableRequest(request(`/${locale}/schedule`))).toBe(true);
  });

  it("leaves everything else to the app: other pages, other methods, queries, navigations' payloads, prefetches, actions", () => {
    expect(isCacheableRequest(request("/fr/agenda"))).toBe(false);
    expect(isCacheableRequest(request("/de/schedule"))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule/extra"))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule?day=2026-12-09"))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule", { method: "POST" }))).toBe(false);
    expect(isCacheableRequest(request("/fr/schedule", { method: "HEAD" }))).toBe(false);
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"]) {
      expect(isCacheableRequest(request("/fr/schedule", { headers: { [header]: "1" } }))).toBe(false);
    }
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
