import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { emailOutbox, forums, organiserInvitations, users, type Forum, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { findUserByEmail } from "@/db/users";
import { createAccount } from "@/lib/accounts";
import { acceptOrganiserInvitation, describeOrganiserInvitation, inviteOrganiser, revokeOrganiserInvitation } from "./organisers";
import { seededForum } from "./test-fixtures";

let t: TestDatabase;
let forum: Forum;
let organiser: User;
let participant: User;
const origin = "https://forum.example";
const accept = (user: User | null, token: string, extra: { fullName?: string; password?: string } = {}) =>
  acceptOrganiserInvitation(user, { token, locale: "fr", ...extra }, t.db);

// Seeding the 500-company demo forum takes a while on PGlite on a busy machine.
beforeAll(async () => {
  t = await createTestDatabase();
  const seeded = await seededForum(t.db);
  ({ organiser, participant } = seeded);
  forum = (await t.db.select().from(forums).where(eq(forums.id, seeded.forumId)))[0]!;
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe("inviting organisers", () => {
  it("sends a link by e-mail through the outbox, in the language chosen, and audits it; the token is not stored", async () => {
    const { token, invitation } = await inviteOrganiser(organiser, forum, { email: "salima@ministere.example", locale: "ar" }, origin, {}, t.db);
    const [mail] = await t.db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(1);
    expect(mail).toMatchObject({ toEmail: "salima@ministere.example", locale: "ar", kind: "organiserInvitation" });
    expect(mail!.body).toContain(`${origin}/ar/organiser-invitation/${token}`);
    expect(invitation.tokenHash).not.toContain(token);
    const [entry] = await listAudit(forum.id, { limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: "organiser.invite", after: { email: "salima@ministere.example" } });
    expect(JSON.stringify(entry)).not.toContain(token);
  });

  it("creates the organiser account from the link, which then works no more", async () => {
    const { token } = await inviteOrganiser(organiser, forum, { email: "yacine@ministere.example", locale: "fr" }, origin, {}, t.db);
    await expect(accept(null, token, { fullName: "Y", password: "long-enough-password" })).rejects.toMatchObject({ code: "required", field: "fullName" });
    const account = await accept(null, token, { fullName: "Yacine Hamdi", password: "long-enough-password" });
    expect(account).toMatchObject({ email: "yacine@ministere.example", role: "organiser" });
    expect(await describeOrganiserInvitation(token, t.db)).toMatchObject({ state: "used" });
    await expect(accept(null, token, { fullName: "Someone Else", password: "long-enough-password" })).rejects.toMatchObject({ code: "invitationUsed" });
    const [entry] = await listAudit(forum.id, { limit: 1 }, t.db);
    expect(entry).toMatchObject({ action: "organiser.join", actorId: account.id });
  });

  it("promotes the signed-in account with the invited e-mail, and no one else", async () => {
    const newcomer = await createAccount({ email: "leila@ministere.example", fullName: "Leïla B.", password: "long-enough-password", locale: "fr" }, "participant", t.db);
    const { token } = await inviteOrganiser(organiser, forum, { email: "leila@ministere.example", locale: "fr" }, origin, {}, t.db);
    await expect(accept(participant, token)).rejects.toMatchObject({ code: "invitationOtherEmail" });
    expect((await accept(newcomer, token)).role).toBe("organiser");
    expect((await findUserByEmail("leila@ministere.example", t.db))?.role).toBe("organiser");
  });

  it("does not promote a company's delegate", async () => {
    const { token } = await inviteOrganiser(organiser, forum, { email: participant.email, locale: "fr" }, origin, {}, t.db);
    await expect(accept(participant, token)).rejects.toMatchObject({ code: "accountHasCompany" });
    expect((await findUserByEmail(participant.email, t.db))?.role).toBe("participant");
  });

  it("lets exactly one of two clicks on one link win", async () => {
    const { token } = await inviteOrganiser(organiser, forum, { email: "race@ministere.example", locale: "fr" }, origin, {}, t.db);
    const results = await Promise.allSettled([
      accept(null, token, { fullName: "First Click", password: "long-enough-password" }),
      accept(null, token, { fullName: "Second Click", password: "long-enough-password" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await t.db.select().from(users).where(eq(users.email, "race@ministere.example"))).length).toBe(1);
  });

  it("refuses an expired or revoked link, and a second revocation", async () => {
    const { token: old } = await inviteOrganiser(organiser, forum, { email: "late@ministere.example", locale: "fr" }, origin, { now: new Date(Date.now() - 8 * 86_400_000) }, t.db);
    await expect(accept(null, old, { fullName: "Late Comer", password: "long-enough-password" })).rejects.toMatchObject({ code: "invitationExpired" });
    const { token, invitation } = await inviteOrganiser(organiser, forum, { email: "revoked@ministere.example", locale: "fr" }, origin, {}, t.db);
    await revokeOrganiserInvitation(organiser, forum.id, invitation.id, t.db);
    await expect(revokeOrganiserInvitation(organiser, forum.id, invitation.id, t.db)).rejects.toMatchObject({ code: "invitationClosed" });
    await expect(accept(null, token, { fullName: "Too Late", password: "long-enough-password" })).rejects.toMatchObject({ code: "invitationRevoked" });
    expect(await findUserByEmail("revoked@ministere.example", t.db)).toBeNull();
  });

  it("refuses a participant who tries to invite or revoke, and an invitation for an organiser", async () => {
    const count = (await t.db.select().from(organiserInvitations)).length;
    await expect(inviteOrganiser(participant, forum, { email: "x@y.example", locale: "fr" }, origin, {}, t.db)).rejects.toMatchObject({ status: 403 });
    await expect(inviteOrganiser(organiser, forum, { email: organiser.email, locale: "fr" }, origin, {}, t.db)).rejects.toMatchObject({ code: "alreadyOrganiser" });
    const [any] = await t.db.select().from(organiserInvitations).limit(1);
    await expect(revokeOrganiserInvitation(participant, forum.id, any!.id, t.db)).rejects.toMatchObject({ status: 403 });
    expect((await t.db.select().from(organiserInvitations)).length).toBe(count);
  });
});
