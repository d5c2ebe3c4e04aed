import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "@/db/audit";
import { findCompany } from "@/db/companies";
import { companies, type Forum } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { createCompany, updateCompany } from "./company-profile";
import { companyInput, makeForum, makeUser } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
beforeAll(async () => {
  t = await createTestDatabase();
  forum = await makeForum(t.db);
});
afterAll(async () => {
  await t?.close();
});

async function companyIn(status: "pending" | "approved") {
  const founder = await makeUser(t.db, "Main");
  const company = await createCompany(founder, forum, companyInput(), t.db);
  await t.db.update(companies).set({ status }).where(eq(companies.id, company.id));
  return { company, user: (await findUserById(founder.id, t.db))! };
}

describe("an approved company's identity", () => {
  it("keeps the country it was approved on: a change is refused, and nothing of the form is saved", async () => {
    const { company, user } = await companyIn("approved");
    await expect(
      updateCompany(user, forum, { ...companyInput({ country: "RU", city: "Kazan", description: "Autre" }), companyId: company.id }, t.db),
    ).rejects.toMatchObject({ code: "countryFixedOnceApproved", status: 409, field: "country" });
    expect(await findCompany(company.id, t.db)).toMatchObject({ country: "DZ", city: "Oran", status: "approved" });
  });

  it("may take a new name, which the organisers find in the audit log", async () => {
    const { company, user } = await companyIn("approved");
    const renamed = await updateCompany(user, forum, { ...companyInput({ name: "SARL Soleil d'Oran" }), companyId: company.id }, t.db);
    expect(renamed).toMatchObject({ name: "SARL Soleil d'Oran", status: "approved" });
    const log = (await listAudit(forum.id, { limit: 20, entity: "company" }, t.db)).filter((e) => e.entityId === company.id);
    expect(log.map((e) => [e.action, e.before, e.after])).toEqual([["company.rename", { name: "SARL Test Énergie" }, { name: "SARL Soleil d'Oran" }]]);
  });

  it("leaves a company awaiting approval free to correct its country", async () => {
    const { company, user } = await companyIn("pending");
    await updateCompany(user, forum, { ...companyInput({ country: "RU" }), companyId: company.id }, t.db);
    expect((await findCompany(company.id, t.db))!.country).toBe("RU");
  });
});
