import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { companies, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { respondToRequest } from "@/lib/requests/respond";
import { sendRequest } from "@/lib/requests/send";
import { suggestPartners } from "./suggest";

let t: TestDatabase;
let ivan: User; // Russian pharma distributor
let amina: User; // Algerian pharma maker, Saidal Atlas Pharma
let nadia: User; // company awaiting approval
let saidalId: string;
let pendingId: string;

const byEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const everything = { limit: 1000, offset: 0 };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  ivan = await byEmail("ivan.petrov@demo.passerelle.test");
  amina = await byEmail("amina.benali@demo.passerelle.test");
  nadia = await byEmail("nadia.mansouri@demo.passerelle.test");
  saidalId = amina.companyId!;
  pendingId = nadia.companyId!;
});
afterAll(async () => {
  await t?.close();
});

describe("suggestPartners", () => {
  it("ranks the Algerian generics maker in a Russian pharma distributor's top five, and says why", async () => {
    const { suggestions, total } = await suggestPartners(ivan, { limit: 5, offset: 0 }, t.db);
    expect(suggestions).toHaveLength(5);
    const saidal = suggestions.find((s) => s.company.id === saidalId);
    expect(saidal?.company).toMatchObject({ name: "Saidal Atlas Pharma", country: "DZ", sectors: ["pharma_health"] });
    expect(saidal?.inTouch).toBe(false);
    const kinds = saidal!.reasons.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(["otherCountry", "sharedSector", "theirOfferMeetsOurNeed"]));
    expect(saidal!.reasons).toContainEqual({ kind: "otherCountry", country: "DZ" });
    expect(saidal!.reasons).toContainEqual({ kind: "sharedSector", sectors: ["pharma_health"] });
    const approved = await t.db.select({ id: companies.id }).from(companies).where(eq(companies.status, "approved"));
    expect(total).toBe(approved.length - 1);
  });

  it("pages through the same order, never showing the company itself or one awaiting approval", async () => {
    const all = (await suggestPartners(ivan, everything, t.db)).suggestions;
    const ids = all.map((s) => s.company.id);
    expect(ids).not.toContain(ivan.companyId);
    expect(ids).not.toContain(pendingId);
    expect(new Set(ids).size).toBe(ids.length);
    const second = await suggestPartners(ivan, { limit: 20, offset: 20 }, t.db);
    expect(second.suggestions.map((s) => s.company.id)).toEqual(ids.slice(20, 40));
    expect(all.every((s, i) => i === 0 || all[i - 1]!.score >= s.score)).toBe(true);
  });

  it("sinks a company once a request is sent, and leaves it out once declined", async () => {
    const before = await suggestPartners(ivan, everything, t.db);
    const request = await sendRequest(ivan, { toCompanyId: saidalId, message: "Давайте встретимся" }, t.db);

    const sent = await suggestPartners(ivan, everything, t.db);
    expect(sent.total).toBe(before.total);
    const index = sent.suggestions.findIndex((s) => s.company.id === saidalId);
    // Below every company he is not yet in touch with (the demo seeds a few meetings of his too).
    const outOfTouch = sent.suggestions.filter((s) => !s.inTouch).map((s) => s.company.id);
    expect(outOfTouch).not.toContain(saidalId);
    expect(sent.suggestions.slice(0, outOfTouch.length).map((s) => s.company.id)).toEqual(outOfTouch);
    expect(index).toBeGreaterThanOrEqual(outOfTouch.length);
    expect(sent.suggestions[index]!.inTouch).toBe(true);
    expect(sent.suggestions[index]!.reasons.map((r) => r.kind)).toContain("alreadyInTouch");

    await respondToRequest(amina, { requestId: request.id, decision: "decline", note: "" }, t.db);
    const declined = await suggestPartners(ivan, everything, t.db);
    expect(declined.total).toBe(before.total - 1);
    expect(declined.suggestions.map((s) => s.company.id)).not.toContain(saidalId);
    // Both ways: the decliner no longer sees the sender either.
    const hers = await suggestPartners(amina, everything, t.db);
    expect(hers.suggestions.map((s) => s.company.id)).not.toContain(ivan.companyId);
  });

  it("is refused to a company awaiting approval and to a signed-out visitor", async () => {
    await expect(suggestPartners(nadia, everything, t.db)).rejects.toMatchObject({ code: "companyNotApproved", status: 403 });
    await expect(suggestPartners(null, everything, t.db)).rejects.toMatchObject({ status: 401 });
    const loner = { ...ivan, id: "00000000-0000-4000-8000-000000000000", companyId: null };
    await expect(suggestPartners(loner, everything, t.db)).rejects.toMatchObject({ code: "noCompany", status: 403 });
  });
});
