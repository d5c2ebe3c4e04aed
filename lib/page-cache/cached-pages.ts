import { createHmac } from "node:crypto";
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

/** Marks the proxy's own render requests; every instance sharing AUTH_SECRET knows it. */
const renderHeader = "x-passerelle-render";
// Carried to the render so the page builds its links and reads its cookie as for the reader.
const forwarded = ["cookie", "user-agent", "accept-language", "x-forwarded-for"];

interface ProcessCache {
  pages: PageCache;
  renderToken: string;
}

const globalForCache = globalThis as unknown as { passerellePageCache?: ProcessCache };

function processCache(secret: string): ProcessCache {
  globalForCache.passerellePageCache ??= {
    pages: new PageCache({ renderTimeoutMs: 10_000 }),
    renderToken: createHmac("sha256", secret).update("page-cache-render").digest("hex"),
  };
  return globalForCache.passerellePageCache;
}

/** This server's own address (next start sets PORT), for rendering a page it does not have yet. */
function ownOrigin(): string | null {
  if (process.env.PAGE_CACHE_ORIGIN) return process.env.PAGE_CACHE_ORIGIN.replace(/\/$/, "");
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

/**
 * A browser loading the page itself, not the app's own fetches. Next.js takes its routing
 * headers (rsc, prefetch, router state) off requests before the proxy sees them, so a client
 * navigation's fetch is told apart by what browsers send: Sec-Fetch-Dest "document" for a
 * page load, "empty" for a fetch; without it (older browsers, tools), an Accept naming HTML.
 */
export function isCacheableRequest(request: Pick<NextRequest, "method" | "headers" | "nextUrl">): boolean {
  if (request.method !== "GET" || request.nextUrl.search !== "" || !cachedPath.test(request.nextUrl.pathname)) return false;
  const destination = request.headers.get("sec-fetch-dest");
  if (destination !== null) return destination === "document";
  return (request.headers.get("accept") ?? "").includes("text/html");
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
  const secret = process.env.AUTH_SECRET;
  const origin = ownOrigin();
  if (!secret || !origin) return null;
  const cache = processCache(secret);
  if (request.headers.get(renderHeader) === cache.renderToken) return null;
  const userId = await sessionUserId(request.headers.get("cookie"), secret);
  if (!userId) return null;

  let stamp: string;
  try {
    stamp = await readDataStamp(getDb());
  } catch (error) {
    console.error("page cache: the data stamp could not be read, serving without it", error);
    return null;
  }
  const headers = new Headers({ [renderHeader]: cache.renderToken, accept: "text/html", "accept-encoding": "identity" });
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
  // Next.js compresses it for readers who take gzip (it drops a proxy's own Content-Encoding).
  const response = new Response(found.page.body as BodyInit, { status: 200, headers: found.page.headers });
  // Private to its reader: no shared cache may keep it, the browser asks again each time.
  response.headers.set("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  response.headers.set("x-page-cache", found.outcome);
  return response;
}
