import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { emailOutbox, forums, users, type Forum } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { dueEveningRuns, nextDay, sendEveningSchedules } from "./evening";

let t: TestDatabase;
let forum: Forum;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
});
afterAll(async () => {
  await t?.close();
});

const eveningMailsTo = (email: string) => t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, email), eq(emailOutbox.kind, "scheduleTomorrow")));

describe("the evening e-mail", () => {
  it("is due from 18:00 forum time on the eve of each forum day, and not otherwise", async () => {
    // Algiers is UTC+1: 18:00 there is 17:00 UTC.
    expect(await dueEveningRuns(new Date("2026-12-07T16:59:00Z"), t.db)).toEqual([]);
    expect(await dueEveningRuns(new Date("2026-12-07T17:00:00Z"), t.db)).toEqual([{ forumId: forum.id, day: "2026-12-08" }]);
    expect(await dueEveningRuns(new Date("2026-12-08T22:59:00Z"), t.db)).toEqual([{ forumId: forum.id, day: "2026-12-09" }]);
    expect(await dueEveningRuns(new Date("2026-12-09T17:30:00Z"), t.db)).toEqual([]);
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });

  it("gives each delegate one e-mail with the next day's meetings in their language, however often it runs", async () => {
    const runs = await Promise.all([sendEveningSchedules(forum.id, "2026-12-08", t.db), sendEveningSchedules(forum.id, "2026-12-08", t.db)]);
    expect(runs[0] + runs[1]).toBeGreaterThan(0);
    expect(await sendEveningSchedules(forum.id, "2026-12-08", t.db)).toBe(0);
    const [ivan] = await t.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test"));
    const mails = await eveningMailsTo(ivan!.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe("ru");
    expect(mails[0]!.subject).toContain("Ваши встречи завтра");
    // Ivan meets three times on the first day, the first at 10:00 Algiers time.
    const lines = mails[0]!.body.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(3);
    // With the table's zone and its hall, where the delegate goes.
    expect(lines[0]).toMatch(/^- 10:00–10:30: .+, стол \d+ \(A\), Зал B2B-встреч$/);
    expect(mails[0]!.body).toContain("UTC+1");
    const [amina] = await t.db.select().from(users).where(eq(users.email, "amina.benali@demo.passerelle.test"));
    const aminaMails = await eveningMailsTo(amina!.email);
    expect(aminaMails.every((m) => m.locale === "ar")).toBe(true);
    expect(aminaMails).toHaveLength(1);
    // In Arabic each time range is isolated, or it would read backwards.
    for (const line of aminaMails.flatMap((m) => m.body.split("\n").filter((l) => l.startsWith("- ")))) expect(line).toMatch(/^- \u2066\d\d:\d\d–\d\d:\d\d\u2069: /);
  });
});
