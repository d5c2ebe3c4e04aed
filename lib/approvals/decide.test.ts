import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { companies, forums, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { decideCompany } from "./decide";

let t: TestDatabase;
let forumId: string;
let organiser: User;
let participant: User;
const pending = async () => (await t.db.select().from(companies).where(eq(companies.status, "pending")).orderBy(companies.name));

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forumId = (await t.db.select().from(forums))[0]!.id;
  organiser = (await t.db.select().from(users).where(eq(users.role, "organiser")))[0]!;
  participant = (await t.db.select().from(users).where(eq(users.email, "karim.haddad@demo.passerelle.test")))[0]!;
});
afterAll(async () => {
  await t?.close();
});

describe("deciding on a company", () => {
  it("approves a pending company", async () => {
    const [company] = await pending();
    const decided = await decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "" }, t.db);
    expect(decided.status).toBe("approved");
    expect(decided.rejectionReason).toBeNull();
  });

  it("rejects with the reason the company will see, and can approve it later", async () => {
    const [company] = await pending();
    const rejected = await decideCompany(organiser, forumId, { companyId: company!.id, decision: "reject", seenStatus: "pending", reason: "Profil incomplet" }, t.db);
    expect(rejected).toMatchObject({ status: "rejected", rejectionReason: "Profil incomplet" });
    const approved = await decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "rejected", reason: "" }, t.db);
    expect(approved).toMatchObject({ status: "approved", rejectionReason: null });
    const log = await listAudit(forumId, { limit: 10, entity: "company" }, t.db);
    const mine = log.filter((e) => e.entityId === company!.id);
    expect(mine.map((e) => [e.action, e.before, e.after])).toEqual([
      ["company.approve", { status: "rejected" }, { status: "approved", rejectionReason: null }],
      ["company.reject", { status: "pending" }, { status: "rejected", rejectionReason: "Profil incomplet" }],
    ]);
    expect(mine[0]).toMatchObject({ actorId: organiser.id, actorEmail: organiser.email });
  });

  it("refuses a participant, and writes nothing", async () => {
    const [company] = await pending();
    await expect(
      decideCompany(participant, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "" }, t.db),
    ).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(decideCompany(null, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "" }, t.db)).rejects.toMatchObject({
      status: 401,
    });
    const [after] = await t.db.select().from(companies).where(eq(companies.id, company!.id));
    expect(after!.status).toBe("pending");
    expect((await listAudit(forumId, { limit: 100 }, t.db)).filter((e) => e.entityId === company!.id)).toEqual([]);
  });

  it("lets exactly one of two organisers deciding at once win", async () => {
    const [company] = await pending();
    const results = await Promise.allSettled([
      decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "" }, t.db),
      decideCompany(organiser, forumId, { companyId: company!.id, decision: "reject", seenStatus: "pending", reason: "Doublon" }, t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "alreadyDecided", status: 409 });
  });

  it("answers 404 for a company of no forum of ours", async () => {
    await expect(
      decideCompany(organiser, forumId, { companyId: "00000000-0000-4000-8000-000000000000", decision: "approve", seenStatus: "pending", reason: "" }, t.db),
    ).rejects.toMatchObject({ code: "notFound", status: 404 });
  });
});
