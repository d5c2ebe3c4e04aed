import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { announcements, auditLog, badges, checkIns, forumGoals, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { badgeCodesFor } from "@/lib/badges/badges";

// The organiser's actions and export as the browser reaches them: only the session and
// Next's cache are stood in for; the database is a real one.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

process.env.AUTH_SECRET ??= "a-test-secret-a-test-secret-a-test-secret";

let t: TestDatabase;
let organiser: User;
let karim: User;
let forumId: string;
let actions: {
  checkInByCode: typeof import("./check-in/actions").checkInByCodeAction;
  checkInPerson: typeof import("./check-in/actions").checkInPersonAction;
  revoke: typeof import("./check-in/actions").revokeBadgeAction;
  publish: typeof import("./announcements/actions").publishAnnouncementAction;
  remove: typeof import("./announcements/actions").deleteAnnouncementAction;
  goal: typeof import("./report/actions").setForumGoalAction;
};
let csv: typeof import("./report/csv/route").GET;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
const goalForm = { dealValueGoal: "2 000 000 000", currency: "USD", rateUSD: "1", rateEUR: "1,1", rateDZD: "0.0075", rateRUB: "0.011" };

beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  await seedDemo(t.db);
  organiser = await byEmail("organiser@demo.passerelle.test");
  karim = await byEmail("karim.haddad@demo.passerelle.test");
  forumId = karim.companyId ? (await t.db.query.companies.findFirst({ where: (c, { eq: is }) => is(c.id, karim.companyId!) }))!.forumId : "";
  const checkInActions = await import("./check-in/actions");
  const announcementActions = await import("./announcements/actions");
  actions = {
    checkInByCode: checkInActions.checkInByCodeAction,
    checkInPerson: checkInActions.checkInPersonAction,
    revoke: checkInActions.revokeBadgeAction,
    publish: announcementActions.publishAnnouncementAction,
    remove: announcementActions.deleteAnnouncementAction,
    goal: (await import("./report/actions")).setForumGoalAction,
  };
  csv = (await import("./report/csv/route")).GET;
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(() => {
  session.user = null;
});

describe("the organiser's day-of actions and export", () => {
  it("refuse a delegate and a signed-out visitor, each one, and write nothing", async () => {
    const code = (await badgeCodesFor(forumId, [karim.id], t.db)).get(karim.id)!;
    const [announcement] = await t.db.insert(announcements).values({ forumId, body: { fr: "Bienvenue" } }).returning();
    const calls = [
      () => actions.checkInByCode(undefined, form({ code, method: "code" })),
      () => actions.checkInPerson(undefined, form({ userId: karim.id })),
      () => actions.revoke(undefined, form({ userId: karim.id })),
      () => actions.publish(undefined, form({ fr: "Le déjeuner est servi" })),
      () => actions.remove(undefined, form({ announcementId: announcement!.id })),
      () => actions.goal(undefined, form(goalForm)),
    ];
    for (const [who, expected] of [[karim, "forbidden"], [null, "signInRequired"]] as const) {
      session.user = who;
      for (const call of calls) expect(await call()).toMatchObject({ ok: false, error: expected });
      const response = await csv(new Request("http://localhost/fr/organiser/report/csv"), { params: Promise.resolve({ locale: "fr" }) });
      expect(response.status).toBe(who ? 403 : 401);
      expect(await response.text()).toBe("");
    }
    expect(await t.db.select().from(checkIns)).toEqual([]);
    expect(await t.db.select().from(forumGoals)).toEqual([]);
    expect(await t.db.select().from(announcements)).toHaveLength(1);
    expect((await t.db.select().from(badges).where(eq(badges.userId, karim.id)))[0]!.revokedAt).toBeNull();
  });

  it("serve the organiser, with a translated message for a bad input and nothing half-written", async () => {
    session.user = organiser;
    expect(await actions.publish(undefined, form({ fr: "", ar: " " }))).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { fr: ["announcementEmpty"] } });
    expect(await actions.publish(undefined, form({ ru: "Обед подан в зале B" }))).toMatchObject({ ok: true });
    expect(await actions.goal(undefined, form({ ...goalForm, dealValueGoal: "-5", rateEUR: "abc" }))).toMatchObject({
      ok: false,
      fieldErrors: { dealValueGoal: ["invalidAmount"], rateEUR: ["invalidAmount"] },
    });
    expect(await actions.goal(undefined, form(goalForm))).toMatchObject({ ok: true });
    expect((await t.db.select().from(forumGoals))[0]).toMatchObject({ dealValueGoal: "2000000000.00", rates: { EUR: 1.1 } });
    expect(await actions.checkInByCode(undefined, form({ code: "PSL-AAAA-BBBB-CCCC-DDDD" }))).toMatchObject({ ok: false, error: "badgeUnknown" });
    const code = (await badgeCodesFor(forumId, [karim.id], t.db)).get(karim.id)!;
    const first = await actions.checkInByCode(undefined, form({ code, method: "scan" }));
    expect(first).toMatchObject({ ok: true, data: { fullName: "Karim Haddad", companyName: "SARL Atlas Solaire", created: true } });
    expect(await actions.checkInPerson(undefined, form({ userId: karim.id }))).toMatchObject({ ok: true, data: { created: false } });
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, "forum.goal"))).length).toBe(1);

    const response = await csv(new Request("http://localhost/fr/organiser/report/csv"), { params: Promise.resolve({ locale: "fr" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // Columns at ";" and every value in French, as a double click opens it in a French Excel.
    expect(text.split("\r\n")[0]).toContain("Rendez-vous;Jour;Heure;Table;Statut");
    expect(text).toContain(";Réservé;");
    expect(text).toContain(";Algérie;");
    expect(text).not.toMatch(/;(scheduled|no_show|DZ|RU);/);
    expect(text).toContain("SARL Atlas Solaire");
    expect(text).toContain("АО «ВолгаФарм»");
  });
});
