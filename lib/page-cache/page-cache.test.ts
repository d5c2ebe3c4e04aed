import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";

// A small HTTP server plays the app: it counts the renders it is asked for.
let server: Server;
let origin: string;
const renders = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    renders.set(path, (renders.get(path) ?? 0) + 1);
    const who = request.headers.cookie ?? "nobody";
    if (path === "/redirect") return response.writeHead(307, { location: "/signin" }).end();
    if (path === "/broken") return response.writeHead(500, { "content-type": "text/html" }).end("<p>error</p>");
    if (path === "/json") return response.writeHead(200, { "content-type": "application/json" }).end("{}");
    setTimeout(() => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "a=b", vary: "rsc" });
      response.end(`<h1>${path} for ${who}</h1>`);
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const asking = (path: string, cookie = "ivan") => ({ url: `${origin}${path}`, headers: () => new Headers({ cookie }) });
const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe("the page cache", () => {
  it("renders a page once per key, shares one render among concurrent misses, and keeps what the reader needs", async () => {
    const cache = new PageCache();
    const first = await Promise.all([1, 2, 3].map(() => cache.get("k1", asking("/schedule"))));
    expect(renders.get("/schedule")).toBe(1);
    expect(first.map((f) => f?.outcome).sort()).toEqual(["miss", "shared", "shared"]);
    expect(text(first[0]!.page.body)).toBe("<h1>/schedule for ivan</h1>");
    const headers = new Map(first[0]!.page.headers);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(headers.get("vary")).toBe("rsc");
    // The render's cookies and connection details are not served to the next reader.
    expect(headers.has("set-cookie")).toBe(false);
    expect(headers.has("content-length")).toBe(false);

    const again = await cache.get("k1", asking("/schedule", "someone else"));
    expect(again?.outcome).toBe("hit");
    expect(renders.get("/schedule")).toBe(1);
    // Another key is another page.
    const other = await cache.get("k2", asking("/schedule", "elena"));
    expect(other?.outcome).toBe("miss");
    expect(text(other!.page.body)).toBe("<h1>/schedule for elena</h1>");
    expect(cache.size).toBe(2);
  });

  it("keeps nothing but a complete HTML page: a redirect, an error or another type is rendered again next time", async () => {
    const cache = new PageCache();
    for (const path of ["/redirect", "/broken", "/json"]) {
      expect(await cache.get(path, asking(path))).toBeUndefined();
      expect(await cache.get(path, asking(path))).toBeUndefined();
      expect(renders.get(path)).toBe(2);
    }
    expect(cache.size).toBe(0);
  });

  it("stays within its size, dropping the least recently used pages", async () => {
    const cache = new PageCache({ maxBytes: 2000 });
    for (let i = 0; i < 6; i++) await cache.get(`key-${i}`, asking(`/page-${i}`));
    // Each entry counts its body and 512 bytes for its headers and key: three fit.
    expect(cache.size).toBe(3);
    expect((await cache.get("key-5", asking("/page-5")))?.outcome).toBe("hit");
    expect((await cache.get("key-0", asking("/page-0")))?.outcome).toBe("miss");
  });
});
