import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { openPostgres, type Database } from "@/db/client";
import { findBadgeHolder, searchBadgeHolders } from "@/db/badges";
import { countCheckIns } from "@/db/check-ins";
import { countRequestsAndMeetings } from "@/db/report";
import { auditLog, badges, checkIns, forums, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { badgeCodesFor, resolveBadgeCode, revokeBadge } from "@/lib/badges/badges";
import { deriveBadgeCode, formatBadgeCode, newNonce } from "@/lib/badges/code";
import { checkIn } from "./check-in";

process.env.AUTH_SECRET ??= "a-test-secret-a-test-secret-a-test-secret";

let t: TestDatabase;
let second: { db: Database; close(): Promise<void> } | null = null;
let forumId: string;
let organiser: User;
let karim: User;
let amina: User;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;
  organiser = await byEmail("organiser@demo.passerelle.test");
  karim = await byEmail("karim.haddad@demo.passerelle.test");
  amina = await byEmail("amina.benali@demo.passerelle.test");
  // A second pool plays a second check-in desk served by another app instance.
  if (t.url) second = openPostgres(t.url, 10);
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(checkIns);
  await t.db.delete(badges);
});

describe("badges", () => {
  it("carry a signed code, the same at every showing, that names its holder", async () => {
    const first = (await badgeCodesFor(forumId, [karim.id], t.db)).get(karim.id)!;
    expect(first).toMatch(/^PSL(-[0-9A-Z]{4}){4}$/);
    expect(first).not.toContain(karim.id);
    expect((await badgeCodesFor(forumId, [karim.id], t.db)).get(karim.id)).toBe(first);
    const holder = await resolveBadgeCode(forumId, first.toLowerCase(), t.db);
    expect(holder).toMatchObject({ userId: karim.id, fullName: "Karim Haddad", companyName: "SARL Atlas Solaire", country: "DZ" });
    // The table keeps only a hash of the code.
    const [row] = await t.db.select().from(badges).where(eq(badges.userId, karim.id));
    expect(JSON.stringify(row)).not.toContain(first.replace(/^PSL-|-/g, ""));
  });

  it("refuse a forged code, a bare id, a code signed with another secret, and a revoked one", async () => {
    const genuine = (await badgeCodesFor(forumId, [karim.id], t.db)).get(karim.id)!;
    const [row] = await t.db.select().from(badges).where(eq(badges.userId, karim.id));
    const forged = formatBadgeCode(deriveBadgeCode(karim.id, newNonce(), process.env.AUTH_SECRET!));
    const otherSecret = formatBadgeCode(deriveBadgeCode(karim.id, row!.nonce, "another-secret-another-secret-another-secret"));
    for (const code of [forged, otherSecret, karim.id, "PSL-0000-0000-0000-0000", "hello"]) {
      await expect(resolveBadgeCode(forumId, code, t.db), code).rejects.toMatchObject({ code: "badgeUnknown" });
      await expect(checkIn(organiser, forumId, { code, method: "code" }, t.db)).rejects.toMatchObject({ code: "badgeUnknown" });
    }
    const replacement = await revokeBadge(organiser, forumId, karim.id, t.db);
    expect(replacement).not.toBe(genuine);
    await expect(checkIn(organiser, forumId, { code: genuine, method: "scan" }, t.db)).rejects.toMatchObject({ code: "badgeRevoked", status: 409 });
    expect(await t.db.select().from(checkIns)).toHaveLength(0);
    expect((await checkIn(organiser, forumId, { code: replacement, method: "scan" }, t.db)).holder.userId).toBe(karim.id);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "badge.revoke"), eq(auditLog.actorId, organiser.id)));
    expect(audit).toHaveLength(1);
  });
});

describe("check-in", () => {
  it("counts a delegate once when many desks scan the same badge at the same moment", async () => {
    const code = (await badgeCodesFor(forumId, [amina.id], t.db)).get(amina.id)!;
    const pools = [t.db, second?.db ?? t.db];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => checkIn(organiser, forumId, i % 3 === 0 ? { userId: amina.id, method: "name" } : { code, method: "scan" }, pools[i % 2]!)),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await t.db.select().from(checkIns).where(eq(checkIns.userId, amina.id));
    expect(rows).toHaveLength(1);
    // Every desk is told the one time the delegate arrived.
    for (const r of results) expect(r.checkedInAt.getTime()).toBe(rows[0]!.checkedInAt.getTime());
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "delegate.checkIn"), eq(auditLog.entityId, amina.id)));
    expect(audit).toHaveLength(1);
  });

  it("counts each day of the forum on its own: yesterday's arrival does not make today's", async () => {
    // Amina arrived yesterday evening, 23:30 in Algiers (22:30 UTC): that is yesterday there.
    const yesterday = new Date(Date.now() - 24 * 3_600_000);
    const lateYesterday = new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(yesterday)}T22:30:00Z`);
    await t.db.insert(checkIns).values({ forumId, userId: amina.id, checkedInBy: organiser.id, method: "scan", checkedInAt: lateYesterday });
    const [stored] = await t.db.select().from(checkIns).where(eq(checkIns.userId, amina.id));
    expect(stored!.day).toBe(new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(yesterday));
    expect(await countCheckIns(forumId, t.db)).toBe(0);
    expect((await findBadgeHolder(forumId, amina.id, t.db))?.checkedInAt).toBeNull();

    const today = await checkIn(organiser, forumId, { userId: amina.id, method: "name" }, t.db);
    expect(today.created).toBe(true);
    expect(await countCheckIns(forumId, t.db)).toBe(1);
    expect((await checkIn(organiser, forumId, { userId: amina.id, method: "name" }, t.db)).created).toBe(false);
    expect(await t.db.select().from(checkIns).where(eq(checkIns.userId, amina.id))).toHaveLength(2);
    // The report counts people who came, not arrivals.
    expect((await countRequestsAndMeetings(forumId, t.db)).checkedIn).toBe(1);
  });

  it("is the organisers' alone: a delegate can neither check in, nor revoke, even with a good code", async () => {
    const code = (await badgeCodesFor(forumId, [karim.id], t.db)).get(karim.id)!;
    await expect(checkIn(karim, forumId, { code, method: "code" }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(checkIn(null, forumId, { userId: karim.id, method: "name" }, t.db)).rejects.toMatchObject({ code: "signInRequired" });
    await expect(revokeBadge(karim, forumId, karim.id, t.db)).rejects.toMatchObject({ code: "forbidden" });
    expect(await t.db.select().from(checkIns)).toHaveLength(0);
    expect((await resolveBadgeCode(forumId, code, t.db)).userId).toBe(karim.id);
  });
});

describe("the desk's search by name", () => {
  const names = async (q: string, limit = 10) => (await searchBadgeHolders(forumId, q, limit, t.db)).map((h) => h.fullName);

  it("finds a Russian name typed in Latin letters, and a Latin one typed in Russian", async () => {
    const petrov = await names("Petrov", 30);
    expect(petrov).toEqual(expect.arrayContaining(["Ivan Petrov", "Иван Петров", "Андрей Петров", "Ксения Петрова"]));
    expect(await names("natalya smirnova")).toEqual(["Наталья Смирнова"]);
    expect(await names("Хаддад")).toContain("Karim Haddad");
  });

  it("forgives a typo, but lists those holding the words first", async () => {
    expect(await names("Petrof", 30)).toEqual(expect.arrayContaining(["Ivan Petrov", "Иван Петров"]));
    const haddad = await names("Karim Haddad");
    expect(haddad.slice(0, 2)).toEqual(["Karim Haddad", "Karim Haddad"]);
    expect(await names("zzqqxx")).toEqual([]);
  });

  it("finds by company, never a delegate of a company still waiting", async () => {
    expect((await names("volgafarm")).sort()).toEqual(["Ivan Petrov", "Мария Соколова"]);
    // SARL Sahel Informatique waits for approval: its delegates are not at the desk.
    expect(await names("Sahel Informatique", 50)).not.toContain("Khaled Haddad");
    expect(await names("Abdelkader Haddad", 50)).not.toContain("Abdelkader Haddad");
  });
});
