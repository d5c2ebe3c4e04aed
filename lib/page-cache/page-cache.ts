import { LRUCache } from "lru-cache";

/** A rendered page as kept: its HTML and the headers it was served with. */
export interface CachedPage {
  body: Uint8Array;
  headers: [string, string][];
}

/** How to render a page on a miss: the app's own URL for it and the headers to send (made only then). */
export interface RenderRequest {
  url: string;
  headers: () => Headers;
}

export type CacheOutcome = "hit" | "miss" | "shared";

// Headers that belong to one response on one connection, or to the reader alone.
const notKept = new Set(["set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/** Renders the page through the app itself; only a complete 200 HTML page is kept. */
async function render(request: RenderRequest, signal: AbortSignal): Promise<CachedPage | undefined> {
  const response = await fetch(request.url, { headers: request.headers(), redirect: "manual", signal });
  if (response.status !== 200 || !(response.headers.get("content-type") ?? "").startsWith("text/html")) {
    await response.body?.cancel();
    return undefined;
  }
  const body = new Uint8Array(await response.arrayBuffer());
  const headers = [...response.headers].filter(([name]) => !notKept.has(name.toLowerCase()));
  return { body, headers };
}

/**
 * Rendered pages by key, in memory, bounded in bytes. A key names everything the page shows
 * (see cached-pages.ts), so an entry is never stale, only unused: it ages out. Concurrent
 * misses on one key share one render.
 */
export class PageCache {
  private readonly pages: LRUCache<string, CachedPage, RenderRequest>;

  constructor({ maxBytes = 64 * 1024 * 1024, ttlMs = 2 * 60_000, renderTimeoutMs = 30_000 } = {}) {
    this.pages = new LRUCache<string, CachedPage, RenderRequest>({
      maxSize: maxBytes,
      sizeCalculation: (page) => page.body.byteLength + 512,
      ttl: ttlMs,
      fetchMethod: (_key, _stale, { context, signal }) => render(context, AbortSignal.any([signal, AbortSignal.timeout(renderTimeoutMs)])),
    });
  }

  /** The page under `key`, rendered with `request` if missing; undefined if it could not be kept. */
  async get(key: string, request: RenderRequest): Promise<{ page: CachedPage; outcome: CacheOutcome } | undefined> {
    const status: LRUCache.Status<string, CachedPage, RenderRequest> = {};
    const page = await this.pages.fetch(key, { context: request, status });
    if (!page) return undefined;
    return { page, outcome: status.fetch === "hit" ? "hit" : status.fetch === "inflight" ? "shared" : "miss" };
  }

  get size(): number {
    return this.pages.size;
  }
}
