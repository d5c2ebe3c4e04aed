import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { forums, users, type Forum, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { resetCalendarFeed } from "@/lib/schedule/calendar-feed";
import { loadMySchedule } from "@/lib/schedule/my-schedule";

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDatabase;
let forum: Forum;
let ivan: User;
let karim: User;
let routes: {
  me: typeof import("./me/route").GET;
  meeting: typeof import("./meetings/[id]/route").GET;
  feed: typeof import("./feed/[token]/route").GET;
};

const byEmail = async (name: string) => (await t.db.select().from(users).where(eq(users.email, `${name}@demo.passerelle.test`)))[0]!;
const summaries = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((c) => String(c.getFirstPropertyValue("summary")));
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

beforeAll(async () => {
  t = await createTestDatabase();
  // The routes read the process-wide database: this file's copy.
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
  [ivan, karim] = await Promise.all([byEmail("ivan.petrov"), byEmail("karim.haddad")]);
  routes = {
    me: (await import("./me/route")).GET,
    meeting: (await import("./meetings/[id]/route")).GET,
    feed: (await import("./feed/[token]/route")).GET,
  };
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});

describe("GET /calendar/me", () => {
  it("is for signed-in users", async () => {
    session.user = null;
    expect((await routes.me(get("/calendar/me"))).status).toBe(401);
  });

  it("downloads the whole schedule as a private, uncached calendar file in the page's language", async () => {
    session.user = ivan;
    const response = await routes.me(get("/calendar/me?locale=ar"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="my-schedule\.ics"; filename\*=UTF-8''/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    expect(summaries(text)).toHaveLength(4);
    for (const summary of summaries(text)) expect(summary).toMatch(/^لقاء: /);
    // Without ?locale, the user's own language.
    expect(summaries(await (await routes.me(get("/calendar/me"))).text())[0]).toMatch(/^Встреча: /);
  });
});

describe("GET /calendar/meetings/{id}", () => {
  it("gives a meeting to a side of it, and a 404 to anyone else or for a bad id", async () => {
    const { meetings } = await loadMySchedule(ivan, forum, new Date("2026-11-29T00:00:00Z"), t.db);
    const id = meetings[0]!.id;
    const call = (user: User | null, meetingId = id) => {
      session.user = user;
      return routes.meeting(get(`/calendar/meetings/${meetingId}?locale=en`), { params: Promise.resolve({ id: meetingId }) });
    };
    const mine = await call(ivan);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-disposition")).toMatch(/^attachment; filename="meeting-table-12-20261208-1000\.ics"/); // 10:00 in Algiers
    expect(summaries(await mine.text())).toEqual([`Meeting: ${meetings[0]!.partner.name}`]);
    expect((await call(karim)).status).toBe(404);
    expect((await call(ivan, "not-a-uuid")).status).toBe(404);
    expect((await call(ivan, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await call(null)).status).toBe(401);
  });
});

describe("GET /calendar/feed/{token}", () => {
  it("serves the owner's schedule without a session, briefly cached, with an ETag; unknown secrets get a 404", async () => {
    session.user = null;
    const { path } = await resetCalendarFeed(ivan, t.db);
    const token = path.split("/").pop()!;
    const response = await routes.feed(get(path), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    expect(response.headers.get("content-disposition")).toBeNull();
    const text = await response.text();
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT15M");
    expect(summaries(text)).toHaveLength(4);
    const etag = response.headers.get("etag")!;
    const again = await routes.feed(get(path, { "if-none-match": etag }), { params: Promise.resolve({ token }) });
    expect(again.status).toBe(304);

    const unknown = "B".repeat(43);
    expect((await routes.feed(get(`/calendar/feed/${unknown}.ics`), { params: Promise.resolve({ token: `${unknown}.ics` }) })).status).toBe(404);
    await resetCalendarFeed(ivan, t.db);
    expect((await routes.feed(get(path), { params: Promise.resolve({ token }) })).status).toBe(404);
  });
});
