import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCompanyPage, type Viewer } from "./company-page";
import { users } from "./schema";
import { createTestDatabase, type TestDatabase } from "./testing";
import { createFixtureForum, upsertUserPhoto } from "./testing/directory-fixtures";

let t: TestDatabase;
let forumId: string;
let approved: string;
let pending: string;
let rejected: string;
let mainContactId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const forum = await createFixtureForum(t.db);
  forumId = forum.forumId;
  approved = await forum.add({
    name: "Saidal Atlas Pharma",
    city: "الجزائر العاصمة",
    description: "Médicaments génériques.",
    sectors: ["pharma_health", "logistics"],
    lookingFor: ["export", "technology_transfer"],
    offers: ["génériques pour le diabète", "fabrication à façon"],
    needs: ["distributeur en Russie"],
  });
  pending = await forum.add({ name: "Agro Mitidja", status: "pending" });
  rejected = await forum.add({ name: "Refusée SARL", status: "rejected" });
  const [main] = await t.db
    .insert(users)
    .values([
      { email: "amina@example.test", fullName: "Amina Benali", jobTitle: "Directrice générale", languages: ["ar", "fr", "en"], companyId: approved, isMainContact: true },
      { email: "riad@example.test", fullName: "Riad Hamidi", jobTitle: null, languages: ["ar"], companyId: approved },
    ])
    .returning({ id: users.id });
  mainContactId = main!.id;
  await upsertUserPhoto(t.db, mainContactId);
});

afterAll(async () => {
  await t?.close();
});

const anyone: Viewer = { role: "participant", companyId: null };
const organiser: Viewer = { role: "organiser", companyId: null };

describe("findCompanyPage", () => {
  it("gives an approved company's profile, offers, needs and delegates to any signed-in user", async () => {
    const page = await findCompanyPage(forumId, approved, anyone, t.db);
    expect(page).toMatchObject({
      name: "Saidal Atlas Pharma",
      country: "DZ",
      city: "الجزائر العاصمة",
      status: "approved",
      lookingFor: ["export", "technology_transfer"],
      offers: ["génériques pour le diabète", "fabrication à façon"],
      needs: ["distributeur en Russie"],
    });
    expect(page?.sectors.map((s) => s.code)).toEqual(["pharma_health", "logistics"]);
    expect(page?.delegates.map((d) => [d.fullName, d.jobTitle, d.languages])).toEqual([
      ["Amina Benali", "Directrice générale", ["ar", "fr", "en"]],
      ["Riad Hamidi", null, ["ar"]],
    ]);
    expect(page?.delegates[0]?.photoVersion).toMatch(/^\d+$/);
    expect(page?.delegates[1]?.photoVersion).toBeNull();
  });

  it("shows a pending or rejected company only to its own delegates and to organisers", async () => {
    for (const id of [pending, rejected]) {
      expect(await findCompanyPage(forumId, id, anyone, t.db)).toBeNull();
      expect(await findCompanyPage(forumId, id, { role: "participant", companyId: approved }, t.db)).toBeNull();
      expect((await findCompanyPage(forumId, id, { role: "participant", companyId: id }, t.db))?.id).toBe(id);
      expect((await findCompanyPage(forumId, id, organiser, t.db))?.id).toBe(id);
    }
  });

  it("finds nothing for an unknown id, a malformed one, or another forum's company", async () => {
    expect(await findCompanyPage(forumId, "00000000-0000-4000-8000-000000000000", organiser, t.db)).toBeNull();
    expect(await findCompanyPage(forumId, "not-a-uuid'; drop table companies; --", organiser, t.db)).toBeNull();
    const other = await createFixtureForum(t.db);
    expect(await findCompanyPage(other.forumId, approved, organiser, t.db)).toBeNull();
  });
});
