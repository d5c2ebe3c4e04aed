import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActiveInvitations } from "@/db/invitations";
import { companyInvitations, type Forum, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserById } from "@/db/users";
import { createCompany } from "./company-profile";
import { createInvitation, describeInvitation, hashInvitationToken, joinCompany, revokeCompanyInvitation } from "./invitations";
import { companyInput, makeForum, makeUser } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
let main: User;
let companyId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  forum = await makeForum(t.db);
  const founder = await makeUser(t.db, "Main Contact");
  companyId = (await createCompany(founder, forum, companyInput(), t.db)).id;
  main = (await findUserById(founder.id, t.db))!;
});
afterAll(async () => {
  await t?.close();
});

const fresh = async (user: User) => (await findUserById(user.id, t.db))!;
const invite = (options: Parameters<typeof createInvitation>[2] = {}, email?: string) =>
  createInvitation(main, { companyId, email }, options, t.db);

describe("creating an invitation", () => {
  it("stores only the SHA-256 of a 32-byte base64url token, valid for seven days", async () => {
    const now = new Date("2026-11-01T10:00:00Z");
    const { token, invitation } = await invite({ now });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const [row] = await t.db.select().from(companyInvitations).where(eq(companyInvitations.id, invitation.id));
    expect(row?.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
  });

  it("is for the main contact only", async () => {
    const { token } = await invite();
    const colleague = await makeUser(t.db);
    await joinCompany(colleague, token, t.db);
    await expect(createInvitation(await fresh(colleague), { companyId }, {}, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    const outsider = await makeUser(t.db);
    await expect(createInvitation(outsider, { companyId }, {}, t.db)).rejects.toMatchObject({ status: 403 });
  });
});

describe("joining with a link", () => {
  it("puts the user in the company, as a delegate, and the link works once", async () => {
    const { token } = await invite();
    const first = await makeUser(t.db);
    expect((await describeInvitation(token, t.db)).state).toBe("open");
    expect(await joinCompany(first, token, t.db)).toBe(companyId);
    expect(await fresh(first)).toMatchObject({ companyId, isMainContact: false });

    const second = await makeUser(t.db);
    await expect(joinCompany(second, token, t.db)).rejects.toMatchObject({ code: "invitationUsed" });
    expect((await fresh(second)).companyId).toBeNull();
    expect((await describeInvitation(token, t.db)).state).toBe("used");
  });

  it("refuses an expired link", async () => {
    const { token } = await invite({ now: new Date(Date.now() - 8 * 24 * 3600 * 1000) });
    const user = await makeUser(t.db);
    expect((await describeInvitation(token, t.db)).state).toBe("expired");
    await expect(joinCompany(user, token, t.db)).rejects.toMatchObject({ code: "invitationExpired" });
    expect((await fresh(user)).companyId).toBeNull();
  });

  it("refuses a revoked link, and only the main contact revokes", async () => {
    const { token, invitation } = await invite();
    const outsider = await makeUser(t.db);
    await expect(revokeCompanyInvitation(outsider, { companyId, invitationId: invitation.id }, t.db)).rejects.toMatchObject({ status: 403 });
    await revokeCompanyInvitation(main, { companyId, invitationId: invitation.id }, t.db);
    expect((await listActiveInvitations(companyId, t.db)).map((i) => i.id)).not.toContain(invitation.id);
    const user = await makeUser(t.db);
    await expect(joinCompany(user, token, t.db)).rejects.toMatchObject({ code: "invitationRevoked" });
    await expect(revokeCompanyInvitation(main, { companyId, invitationId: invitation.id }, t.db)).rejects.toMatchObject({ code: "invitationClosed" });
  });

  it("cannot revoke another company's link by naming it with one's own company", async () => {
    const founder = await makeUser(t.db, "Other Main");
    const otherCompany = await createCompany(founder, forum, companyInput({ name: "Autre" }), t.db);
    const other = await createInvitation(await fresh(founder), { companyId: otherCompany.id }, {}, t.db);
    await expect(revokeCompanyInvitation(main, { companyId, invitationId: other.invitation.id }, t.db)).rejects.toMatchObject({ code: "invitationClosed" });
    await expect(revokeCompanyInvitation(main, { companyId: otherCompany.id, invitationId: other.invitation.id }, t.db)).rejects.toMatchObject({ status: 403 });
    expect((await describeInvitation(other.token, t.db)).state).toBe("open");
  });

  it("refuses an unknown token", async () => {
    const user = await makeUser(t.db);
    await expect(joinCompany(user, "A".repeat(43), t.db)).rejects.toMatchObject({ code: "invitationUnknown", status: 404 });
  });

  it("refuses a user who already has a company, and leaves the link usable", async () => {
    const { token } = await invite();
    await expect(joinCompany(main, token, t.db)).rejects.toMatchObject({ code: "alreadyInCompany" });
    expect((await describeInvitation(token, t.db)).state).toBe("open");
  });

  it("keeps a link made for an e-mail to that e-mail", async () => {
    const invited = await makeUser(t.db);
    const { token } = await invite({}, invited.email);
    const someoneElse = await makeUser(t.db);
    await expect(joinCompany(someoneElse, token, t.db)).rejects.toMatchObject({ code: "invitationOtherEmail" });
    await joinCompany(invited, token, t.db);
    expect((await fresh(invited)).companyId).toBe(companyId);
  });

  it("lets exactly one of two people using one link at once join", async () => {
    const { token } = await invite();
    const [a, b] = [await makeUser(t.db, "Racer A"), await makeUser(t.db, "Racer B")];
    const results = await Promise.allSettled([joinCompany(a, token, t.db), joinCompany(b, token, t.db)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "invitationUsed" });
    const inCompany = [await fresh(a), await fresh(b)].filter((u) => u.companyId === companyId);
    expect(inCompany).toHaveLength(1);
    const [row] = await t.db.select().from(companyInvitations).where(eq(companyInvitations.tokenHash, hashInvitationToken(token)));
    expect(row?.usedBy).toBe(inCompany[0]?.id);
  });
});
