import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { openApiDocument } from "@/lib/api/openapi";

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDatabase;
let GET: typeof import("./route").GET;

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  ({ GET } = await import("./route"));
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});

const get = () => GET(new Request("http://localhost/api/v1/me/schedule"));

describe("GET /api/v1/me/schedule", () => {
  it("is for signed-in users: 401 in JSON otherwise", async () => {
    session.user = null;
    const response = await get();
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("signInRequired");
  });

  it("gives days, meetings and bookmarked sessions, instants in UTC with the forum's zone", async () => {
    session.user = (await t.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test")))[0]!;
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.timeZone).toBe("Africa/Algiers");
    expect(body.days.map((d: { day: string }) => d.day)).toEqual(["2026-12-08", "2026-12-09"]);
    expect(body.meetings).toHaveLength(4);
    expect(body.sessions).toHaveLength(3);
    const [first] = body.meetings;
    expect(first).toMatchObject({ day: "2026-12-08", startsAt: "2026-12-08T09:00:00.000Z", endsAt: "2026-12-08T09:30:00.000Z", status: "scheduled", sequence: 0 });
    expect(first.table).toMatchObject({ number: 12, zone: "A" });
    expect(first.company.country).toBe("DZ");
    expect(first.delegates[0]).toEqual(expect.objectContaining({ fullName: expect.any(String), languages: expect.any(Array) }));
    expect(body.days[0].items[0]).toEqual({ type: "session", id: body.sessions[0].id });
    // Every id in a day's items is one of the meetings or sessions listed.
    const ids = new Set([...body.meetings, ...body.sessions].map((x: { id: string }) => x.id));
    for (const day of body.days) for (const item of day.items) expect(ids.has(item.id)).toBe(true);
  });

  it("is described in the OpenAPI document", () => {
    const path = (openApiDocument.paths as Record<string, { get?: { operationId?: string } }>)["/api/v1/me/schedule"];
    expect(path?.get?.operationId).toBe("getMySchedule");
    expect(Object.keys(openApiDocument.components.schemas)).toEqual(expect.arrayContaining(["MySchedule", "ScheduleMeeting", "ScheduleSession"]));
  });
});
