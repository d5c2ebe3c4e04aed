import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { locales } from "@/lib/i18n/routing";
import { PageCache } from "./page-cache";
import { sessionUserId } from "./session-user";
import { readDataStamp } from "./stamp";

/**
 * "My schedule" is the page every delegate reloads all day, and rendering it costs far more
 * than reading whether anything on it changed. So the proxy keeps each person's rendered
 * page under a key of everything the page shows: the person, the data stamp (every
 * committed change to any table a page shows raises it) and the minute (the page says what
 * is on now and when it was last updated). Same key, same page; any change, a new key.
 * The stamp is read from the database on every request, so a delegate who has just booked
 * sees the booking, and any number of instances can each keep their own copies.
 */
const cachedPath = new RegExp(`^/(${locales.join("|")})/schedule$`);

// Requests for the React payload of a client-side navigation, prefetches and server actions
// are not the HTML document: they go to the app as they are.
const notDocument = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** Marks the proxy's own render requests (per process: they come back to this process). */
const RENDER_HEADER = "x-passerelle-render";
// Carried to the render so the page builds its links and reads its cookie as for the reader.
const forwarded = ["cookie", "user-agent", "accept-language", "x-forwarded-for"];

interface ProcessCache {
  pages: PageCache;
  renderToken: string;
}

const globalForCache = globalThis as unknown as { passerellePageCache?: ProcessCache };

function processCache(): ProcessCache {
  globalForCache.passerellePageCache ??= { pages: new PageCache(), renderToken: randomUUID() };
  return globalForCache.passerellePageCache;
}

/** This server's own address, for rendering a page it does not have yet. */
function ownOrigin(): string | null {
  const configured = process.env.PAGE_CACHE_ORIGIN ?? process.env.__NEXT_PRIVATE_ORIGIN;
  if (configured) return configured.replace(/\/$/, "");
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

export function isCacheableRequest(request: Pick<NextRequest, "method" | "headers" | "nextUrl">): boolean {
  return (
    request.method === "GET" &&
    request.nextUrl.search === "" &&
    cachedPath.test(request.nextUrl.pathname) &&
    !notDocument.some((name) => request.headers.has(name))
  );
}

export function cacheKey(host: string, pathname: string, userId: string, stamp: string, now: Date): string {
  return `${host}${pathname}|${userId}|${stamp}|${Math.floor(now.getTime() / 60_000)}`;
}

/**
 * The reader's cached page, rendering and keeping it on a miss; null to let the request go
 * on to the app as usual (not a cached page, not signed in, the cache turned off, or a
 * render that did not give a complete page, such as a redirect to sign in).
 */
export async function serveCachedPage(request: NextRequest): Promise<Response | null> {
  if (process.env.PAGE_CACHE === "off" || !isCacheableRequest(request)) return null;
  const cache = processCache();
  if (request.headers.get(RENDER_HEADER) === cache.renderToken) return null;
  const secret = process.env.AUTH_SECRET;
  const origin = ownOrigin();
  if (!secret || !origin) return null;
  const userId = await sessionUserId(request.cookies, secret);
  if (!userId) return null;

  const stamp = await readDataStamp(getDb());
  const headers = new Headers({ [RENDER_HEADER]: cache.renderToken, accept: "text/html", "accept-encoding": "identity" });
  for (const name of forwarded) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The page's links name the host it was asked for, so the host is part of the key.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  headers.set("x-forwarded-host", host);
  headers.set("x-forwarded-proto", request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", ""));
  const pathname = request.nextUrl.pathname;
  let found;
  try {
    found = await cache.pages.get(cacheKey(host, pathname, userId, stamp, new Date()), { url: `${origin}${pathname}`, headers });
  } catch (error) {
    console.error("page cache: rendering failed, serving without it", error);
    return null;
  }
  if (!found) return null;
  const response = new Response(found.page.body as BodyInit, { status: 200, headers: found.page.headers });
  // Private to its reader: no shared cache may keep it, the browser asks again each time.
  response.headers.set("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  response.headers.set("x-page-cache", found.outcome);
  return response;
}
