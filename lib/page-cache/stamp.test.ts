import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/client";
import { agendaSessions, auditLog, companies, forums, sessionBookmarks, users, type Forum, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { setSessionBookmark } from "@/lib/schedule/bookmarks";
import { readDataStamp } from "./stamp";
import { unstampedTables } from "./unstamped-tables";

let t: TestDatabase;
let forum: Forum;
let ivan: User;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
  ivan = (await t.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test")))[0]!;
});
afterAll(async () => {
  await t?.close();
});

const stamp = () => readDataStamp(t.db).then(BigInt);

describe("the data stamp", () => {
  it("covers every table: each has the data-stamp triggers, enabled and deferred, or a stated reason not to", async () => {
    const tables = rowsOf<{ name: string; stamped: boolean }>(
      await t.db.execute(sql`
        select c.relname as name,
               exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_data_stamp'
                         and g.tgenabled = 'O' and g.tgdeferrable and g.tginitdeferred)
               and exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_data_stamp_truncate'
                         and g.tgenabled = 'O') as stamped
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`),
    );
    const unstamped = tables.filter((r) => !r.stamped).map((r) => r.name).sort();
    expect(unstamped).toEqual(Object.keys(unstampedTables).sort());
    expect(tables.filter((r) => r.stamped).length).toBeGreaterThan(20);
  });

  it("rises once for a committed transaction however many rows it changes, and not for a rolled-back one", async () => {
    const before = await stamp();
    const sessions = await t.db.select({ id: agendaSessions.id }).from(agendaSessions).where(eq(agendaSessions.forumId, forum.id));
    await t.db.transaction(async (tx) => {
      await tx.delete(sessionBookmarks).where(eq(sessionBookmarks.userId, ivan.id));
      await tx.insert(sessionBookmarks).values(sessions.map((s) => ({ userId: ivan.id, sessionId: s.id })));
    });
    expect(await stamp()).toBe(before + 1n);

    await expect(
      t.db.transaction(async (tx) => {
        await tx.delete(sessionBookmarks).where(eq(sessionBookmarks.userId, ivan.id));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await stamp()).toBe(before + 1n);
  });

  it("rises with the app's own writes: a bookmark, a company's name", async () => {
    const [session] = await t.db.select({ id: agendaSessions.id }).from(agendaSessions).where(eq(agendaSessions.forumId, forum.id)).limit(1);
    await t.db.delete(sessionBookmarks).where(eq(sessionBookmarks.userId, ivan.id));
    const before = await stamp();
    await setSessionBookmark(ivan, { sessionId: session!.id, bookmarked: true }, t.db);
    const afterBookmark = await stamp();
    expect(afterBookmark).toBeGreaterThan(before);
    await t.db.update(companies).set({ name: sql`${companies.name} || ' SA'` }).where(eq(companies.id, ivan.companyId!));
    expect(await stamp()).toBeGreaterThan(afterBookmark);
  });

  it("stays put for a table no page shows", async () => {
    const before = await stamp();
    await t.db.insert(auditLog).values({ forumId: forum.id, actorId: null, action: "forum.update", entity: "forum", entityId: forum.id });
    expect(await stamp()).toBe(before);
  });

  it.skipIf(!process.env.DATABASE_URL)("is not raised for another connection until the change commits", async () => {
    // A second pool plays another app instance: it must not see the raise before the data.
    const other = postgres(t.url!, { max: 1, onnotice: () => {} });
    try {
      const read = async () => BigInt((await other`select version::text as s from data_stamp`)[0]!.s as string);
      const before = await read();
      let duringTransaction: bigint | undefined;
      await t.db.transaction(async (tx) => {
        await tx.update(forums).set({ name: forum.name }).where(eq(forums.id, forum.id));
        // SET CONSTRAINTS ALL IMMEDIATE fires the deferred raise now, inside the transaction.
        await tx.execute(sql`set constraints all immediate`);
        duringTransaction = await read();
      });
      expect(duringTransaction).toBe(before);
      expect(await read()).toBe(before + 1n);
    } finally {
      await other.end();
    }
  });
});
