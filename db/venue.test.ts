import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { forums, meetingTables } from "./schema";
import { seedDemo } from "./seed";
import { createTestDatabase, type TestDatabase } from "./testing";
import { findTableRowInForum, listTables } from "./venue";

let t: TestDatabase;
let forumId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe("one table, for its own page", () => {
  it("comes with its live meetings and its place in the list, as the list has them", async () => {
    const list = await listTables(forumId, t.db);
    for (const at of [0, 11, list.length - 1]) {
      const row = await findTableRowInForum(list[at]!.id, forumId, t.db);
      expect(row).toEqual({ ...list[at], position: at + 1 });
    }
    expect(list.some((row) => row.liveMeetings > 0)).toBe(true);
  });

  it("is not found under another forum, nor by an unknown id", async () => {
    const [table] = await t.db.select().from(meetingTables).where(and(eq(meetingTables.forumId, forumId), eq(meetingTables.number, 1)));
    expect(await findTableRowInForum(table!.id, "00000000-0000-4000-8000-000000000000", t.db)).toBeNull();
    expect(await findTableRowInForum("00000000-0000-4000-8000-000000000000", forumId, t.db)).toBeNull();
  });
});
