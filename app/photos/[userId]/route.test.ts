import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { upsertPhoto } from "@/db/photos";
import type { User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { makeUser, tinyPng } from "@/lib/companies/test-fixtures";

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDatabase;
let owner: User;
let GET: typeof import("./route").GET;
beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  owner = await makeUser(t.db);
  await upsertPhoto(owner.id, "image/png", tinyPng, t.db);
  ({ GET } = await import("./route"));
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});

const get = (userId: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/photos/${userId}`, { headers }), { params: Promise.resolve({ userId }) });

describe("GET /photos/{userId}", () => {
  it("serves the stored bytes with their sniffed type, nosniff, a private cache and an ETag", async () => {
    session.user = await makeUser(t.db);
    const response = await get(owner.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), tinyPng)).toBe(0);

    const again = await get(owner.id, { "if-none-match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("answers 404 without a photo or for a malformed id, and 401 to a signed-out visitor", async () => {
    session.user = owner;
    expect((await get((await makeUser(t.db)).id)).status).toBe(404);
    expect((await get("not-a-uuid")).status).toBe(404);
    session.user = null;
    expect((await get(owner.id)).status).toBe(401);
  });
});
