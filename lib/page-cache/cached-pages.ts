import { createHmac } from "node:crypto";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { locales } from "@/lib/i18n/routing";
import { PageCache } from "./page-cache";
import { carriesSession, sessionReader } from "./session-user";
import { readDataStamp } from "./stamp";

/**
 * "My schedule" and the programme are the pages everyone reloads all day, and rendering one
 * costs far more than reading whether anything on it changed. So the proxy keeps each
 * reader's rendered page under a key of everything the page shows: the address, the reader
 * (a person, or any visitor), the data stamp (every committed change to any table a page
 * shows raises it) and the minute (pages say what is on now and when they were updated).
 * Same key, same page; any change, a new key. The stamp is read from the database on every
 * page load, so a delegate who has just booked sees the booking, and any number of
 * instances can each keep their own copies.
 */
interface CachedRoute {
  path: RegExp;
  /** Whether the page reads its query (the programme's ?day=); else only the bare address is kept. */
  query: boolean;
  /** Whether visitors read it too (else a visitor is sent to sign in, by the app). */
  visitors: boolean;
}

const locale = `(${locales.join("|")})`;
const cachedRoutes: CachedRoute[] = [
  { path: new RegExp(`^/${locale}/schedule$`), query: false, visitors: false },
  { path: new RegExp(`^/${locale}/agenda$`), query: true, visitors: true },
];

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
export function cachedRouteOf(request: Pick<NextRequest, "method" | "headers" | "nextUrl">): CachedRoute | null {
  if (request.method !== "GET") return null;
  const route = cachedRoutes.find((r) => r.path.test(request.nextUrl.pathname));
  if (!route || (!route.query && request.nextUrl.search !== "")) return null;
  const destination = request.headers.get("sec-fetch-dest");
  const pageLoad = destination !== null ? destination === "document" : (request.headers.get("accept") ?? "").includes("text/html");
  return pageLoad ? route : null;
}

/** The reader a page is kept for: the signed-in person, any visitor, or null when in doubt. */
async function readerOf(route: CachedRoute, cookieHeader: string | null, secret: string): Promise<string | null> {
  if (!carriesSession(cookieHeader)) return route.visitors ? "visitor" : null;
  return sessionReader(cookieHeader, secret);
}

export function cacheKey(address: string, reader: string, stamp: string, now: Date): string {
  return `${address}|${reader}|${stamp}|${Math.floor(now.getTime() / 60_000)}`;
}

/**
 * The reader's cached page, rendering and keeping it on a miss; null to let the request go
 * on to the app as usual (not a cached page, a session in doubt, the cache turned off, or a
 * render that did not give a complete page, such as a redirect to sign in).
 */
export async function serveCachedPage(request: NextRequest): Promise<Response | null> {
  const route = process.env.PAGE_CACHE === "off" ? null : cachedRouteOf(request);
  if (!route) return null;
  const secret = process.env.AUTH_SECRET;
  const origin = ownOrigin();
  if (!secret || !origin) return null;
  const cache = processCache(secret);
  if (request.headers.get(renderHeader) === cache.renderToken) return null;
  const reader = await readerOf(route, request.headers.get("cookie"), secret);
  if (!reader) return null;

  let stamp: string;
  try {
    stamp = await readDataStamp(getDb());
  } catch (error) {
    console.error("page cache: the data stamp could not be read, serving without it", error);
    return null;
  }
  // The page's links name the host it was asked for, so the host is part of the key.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const renderHeaders = () => {
    const headers = new Headers({ [renderHeader]: cache.renderToken, accept: "text/html", "accept-encoding": "identity" });
    for (const name of forwarded) {
      const value = request.headers.get(name);
      if (value) headers.set(name, value);
    }
    headers.set("x-forwarded-host", host);
    headers.set("x-forwarded-proto", request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", ""));
    return headers;
  };
  const path = `${request.nextUrl.pathname}${route.query ? request.nextUrl.search : ""}`;
  let found;
  try {
    found = await cache.pages.get(cacheKey(`${host}${path}`, reader, stamp, new Date()), { url: `${origin}${path}`, headers: renderHeaders });
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
