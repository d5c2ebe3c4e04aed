import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCompanyProfile } from "@/db/companies";
import { findPhoto } from "@/db/photos";
import type { Forum, User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { createCompany } from "@/lib/companies/company-profile";
import { createInvitation, joinCompany } from "@/lib/companies/invitations";
import { companyInput, makeForum, makeUser, tinyPng } from "@/lib/companies/test-fixtures";

// The actions as the browser reaches them: FormData in, ActionResult out. Only the session
// and Next's cache are stood in for; the database is a real one.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let t: TestDatabase;
let forum: Forum;
let actions: typeof import("./actions");
beforeAll(async () => {
  t = await createTestDatabase();
  (globalThis as { passerelleDb?: unknown }).passerelleDb = t;
  forum = await makeForum(t.db);
  actions = await import("./actions");
});
afterAll(async () => {
  delete (globalThis as { passerelleDb?: unknown }).passerelleDb;
  await t?.close();
});
beforeEach(() => {
  session.user = null;
});

async function signedIn(user: User) {
  session.user = await findUserById(user.id, t.db);
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const companyFields = (name: string) => ({
  name,
  country: "RU",
  city: "Kazan",
  "sectors.logistics": "on",
  "lookingFor.import": "on",
  "offers.0.text": "entrepôts",
  "offers.0.sector": "logistics",
});

describe("the profile actions", () => {
  it("refuse a replayed company edit naming another company: 403 result, nothing written", async () => {
    const victimUser = await makeUser(t.db);
    const victim = await createCompany(victimUser, forum, companyInput({ name: "Victime SA" }), t.db);
    const attacker = await makeUser(t.db);
    const own = await createCompany(attacker, forum, companyInput({ name: "Attaquant SA" }), t.db);
    await signedIn(attacker);
    const before = await getCompanyProfile(victim.id, t.db);

    const ownEdit = await actions.updateCompanyAction(undefined, form({ companyId: own.id, ...companyFields("Attaquant renommé") }));
    expect(ownEdit).toEqual({ ok: true, data: { saved: true } });

    const replay = await actions.updateCompanyAction(undefined, form({ companyId: victim.id, ...companyFields("Volée") }));
    expect(replay).toMatchObject({ ok: false, error: "forbidden" });
    expect(await getCompanyProfile(victim.id, t.db)).toEqual(before);
  });

  it("returns every field's message key for a bad company form, and echoes what was typed", async () => {
    await signedIn(await makeUser(t.db));
    const result = await actions.createCompanyAction(
      undefined,
      form({ name: "X", country: "RU", city: "", website: "javascript:alert(1)", "offers.2.text": "ok ok", "offers.2.sector": "" }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "invalidInput",
      fieldErrors: {
        name: ["tooShort"],
        city: ["required"],
        website: ["invalidUrl"],
        sectors: ["chooseSector"],
        lookingFor: ["chooseLookingFor"],
        "offers.2.sector": ["itemSectorRequired"],
      },
      values: { name: "X", "offers.2.text": "ok ok" },
    });
  });

  it("put a refused photo's message on the photo field and save nothing", async () => {
    const user = await makeUser(t.db, "Photo Test");
    await signedIn(user);
    const fake = new File(["plain text"], "photo.png", { type: "image/png" });
    const bad = await actions.updateDelegateAction(undefined, form({ fullName: "Nouveau Nom", "languages.fr": "on", photo: fake }));
    expect(bad).toMatchObject({ ok: false, error: "photoNotImage", fieldErrors: { photo: ["photoNotImage"] } });
    expect((await findUserById(user.id, t.db))?.fullName).toBe("Photo Test");

    const good = await actions.updateDelegateAction(undefined, form({ fullName: "Nouveau Nom", "languages.fr": "on", photo: new File([tinyPng], "me.png") }));
    expect(good.ok).toBe(true);
    expect((await findPhoto(user.id, t.db))?.contentType).toBe("image/png");
  });

  it("let a delegate leave their own company, and refuse the main contact and a stranger", async () => {
    const founder = await makeUser(t.db, "Founder");
    const company = await createCompany(founder, forum, companyInput({ name: "Départ SARL" }), t.db);
    const main = (await findUserById(founder.id, t.db))!;
    const { token } = await createInvitation(main, { companyId: company.id }, {}, t.db);
    const member = await makeUser(t.db, "Leaving Delegate");
    await joinCompany(member, token, t.db);

    await signedIn(await makeUser(t.db, "Stranger"));
    expect(await actions.leaveCompanyAction(undefined, form({ companyId: company.id }))).toMatchObject({ ok: false, error: "forbidden" });
    await signedIn(main);
    expect(await actions.leaveCompanyAction(undefined, form({ companyId: company.id }))).toMatchObject({ ok: false, error: "mainContactCannotLeave" });
    expect(await actions.leaveCompanyAction(undefined, form({ companyId: "not-a-uuid" }))).toMatchObject({ ok: false, error: "invalidInput" });
    expect((await findUserById(main.id, t.db))?.companyId).toBe(company.id);

    await signedIn(member);
    expect(await actions.leaveCompanyAction(undefined, form({ companyId: company.id }))).toEqual({ ok: true, data: { saved: true } });
    expect((await findUserById(member.id, t.db))?.companyId).toBeNull();
  });

  it("ask a signed-out caller to sign in", async () => {
    expect(await actions.createCompanyAction(undefined, form(companyFields("Anonyme")))).toMatchObject({ ok: false, error: "signInRequired" });
  });
});
