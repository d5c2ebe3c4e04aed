import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { listCompaniesByStatus } from "@/db/approvals";
import { listAudit } from "@/db/audit";
import { companies, emailOutbox, forums, meetings, scheduleChanges, users, type User } from "@/db/schema";
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
    const decided = await decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "", cancelMeetings: false }, t.db);
    expect(decided.status).toBe("approved");
    expect(decided.rejectionReason).toBeNull();
  });

  it("rejects with the reason the company will see, and can approve it later", async () => {
    const [company] = await pending();
    const rejected = await decideCompany(organiser, forumId, { companyId: company!.id, decision: "reject", seenStatus: "pending", reason: "Profil incomplet", cancelMeetings: false }, t.db);
    expect(rejected).toMatchObject({ status: "rejected", rejectionReason: "Profil incomplet" });
    const approved = await decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "rejected", reason: "", cancelMeetings: false }, t.db);
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
      decideCompany(participant, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "", cancelMeetings: false }, t.db),
    ).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(decideCompany(null, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "", cancelMeetings: false }, t.db)).rejects.toMatchObject({
      status: 401,
    });
    const [after] = await t.db.select().from(companies).where(eq(companies.id, company!.id));
    expect(after!.status).toBe("pending");
    expect((await listAudit(forumId, { limit: 100 }, t.db)).filter((e) => e.entityId === company!.id)).toEqual([]);
  });

  it("lets exactly one of two organisers deciding at once win", async () => {
    const [company] = await pending();
    const results = await Promise.allSettled([
      decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "pending", reason: "", cancelMeetings: false }, t.db),
      decideCompany(organiser, forumId, { companyId: company!.id, decision: "reject", seenStatus: "pending", reason: "Doublon", cancelMeetings: false }, t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "alreadyDecided", status: 409 });
  });

  it("answers 404 for a company of no forum of ours", async () => {
    await expect(
      decideCompany(organiser, forumId, { companyId: "00000000-0000-4000-8000-000000000000", decision: "approve", seenStatus: "pending", reason: "", cancelMeetings: false }, t.db),
    ).rejects.toMatchObject({ code: "notFound", status: 404 });
  });

  it("tells the company of the decision, by e-mail in each delegate's language, with the reason", async () => {
    const [company] = await pending();
    const delegates = await t.db.select().from(users).where(eq(users.companyId, company!.id));
    await decideCompany(organiser, forumId, { companyId: company!.id, decision: "reject", seenStatus: "pending", reason: "Secteur hors forum", cancelMeetings: false }, t.db);
    const sent = await t.db.select().from(emailOutbox).where(inArray(emailOutbox.toEmail, delegates.map((d) => d.email)));
    expect(sent.map((e) => e.kind)).toEqual(delegates.map(() => "companyRejected"));
    expect(sent[0]!.body).toContain("Secteur hors forum");
    expect(sent[0]!.locale).toBe(delegates[0]!.locale);
    await decideCompany(organiser, forumId, { companyId: company!.id, decision: "approve", seenStatus: "rejected", reason: "", cancelMeetings: false }, t.db);
    const after = await t.db.select().from(emailOutbox).where(and(inArray(emailOutbox.toEmail, delegates.map((d) => d.email)), eq(emailOutbox.kind, "companyApproved")));
    expect(after).toHaveLength(delegates.length);
    expect(after[0]!.subject).toContain(company!.name);
  });

  it("lists an approved company's meetings to come before rejecting it, and cancels them only when asked", async () => {
    const ivan = (await t.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test")))[0]!;
    const companyId = ivan.companyId!;
    const ofCompany = or(eq(meetings.companyAId, companyId), eq(meetings.companyBId, companyId));
    const live = await t.db.select().from(meetings).where(and(ofCompany, eq(meetings.status, "scheduled")));
    expect(live.length).toBeGreaterThan(0);
    const input = { companyId, decision: "reject" as const, seenStatus: "approved" as const, reason: "Inscription en double" };

    const refused = await decideCompany(organiser, forumId, { ...input, cancelMeetings: false }, t.db).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "companyHasMeetings", status: 409 });
    expect((refused as { details: { meetings: { id: string }[] } }).details.meetings.map((m) => m.id).sort()).toEqual(live.map((m) => m.id).sort());
    const [still] = await t.db.select().from(companies).where(eq(companies.id, companyId));
    expect(still!.status).toBe("approved");
    expect(await t.db.select().from(meetings).where(and(ofCompany, eq(meetings.status, "scheduled")))).toHaveLength(live.length);

    await decideCompany(organiser, forumId, { ...input, cancelMeetings: true }, t.db);
    const [rejected] = await t.db.select().from(companies).where(eq(companies.id, companyId));
    expect(rejected!.status).toBe("rejected");
    const now = await t.db.select().from(meetings).where(inArray(meetings.id, live.map((m) => m.id)));
    expect(now.every((m) => m.status === "cancelled")).toBe(true);
    // Both sides hear of each cancellation in their schedule digest.
    const changes = await t.db.select().from(scheduleChanges).where(inArray(scheduleChanges.meetingId, live.map((m) => m.id)));
    expect(new Set(changes.filter((c) => c.kind === "cancelled" && c.byOrganiser).map((c) => c.meetingId)).size).toBe(live.length);
    const log = await listAudit(forumId, { limit: 100, entity: "meeting" }, t.db);
    expect(log.filter((e) => e.action === "meeting.cancel" && live.some((m) => m.id === e.entityId))).toHaveLength(live.length);
  });

  it("keeps the pending queue in order of sign-up when a company edits its profile", async () => {
    const before = (await listCompaniesByStatus(forumId, "pending", 1, 50, undefined, t.db)).rows.map((r) => r.company);
    expect(before.length).toBeGreaterThan(1);
    await t.db.update(companies).set({ updatedAt: sql`now()` }).where(eq(companies.id, before[0]!.id));
    const after = (await listCompaniesByStatus(forumId, "pending", 1, 50, undefined, t.db)).rows.map((r) => r.company.id);
    expect(after).toEqual(before.map((c) => c.id));
    expect(before.map((c) => c.createdAt.getTime())).toEqual(before.map((c) => c.createdAt.getTime()).sort((x, y) => x - y));
  });
});
