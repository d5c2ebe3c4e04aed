import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, type User } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { insertUser } from "@/db/users";
import { createAccount } from "@/lib/accounts";
import { makeForum } from "@/lib/companies/test-fixtures";
import { requestPasswordReset } from "./password-reset";
import { revealResetLink } from "./reset-link-reveal";

let t: TestDatabase;
let organiser: User;
beforeAll(async () => {
  t = await createTestDatabase();
  await makeForum(t.db);
  organiser = await insertUser({ email: "desk@forum.test", fullName: "Yasmine Kaci", role: "organiser", locale: "fr" }, t.db);
});
afterAll(async () => {
  await t?.close();
});

async function resetMailOf(email: string) {
  await createAccount({ email, password: "the old password", fullName: "Ivan Petrov", locale: "ru" }, "participant", t.db);
  await requestPasswordReset({ email }, null, {}, t.db);
  const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email));
  return mail!;
}

describe("showing a reset link in the outbox", () => {
  it("gives an organiser the whole link, and writes who showed it for whom to the audit log", async () => {
    const mail = await resetMailOf("shown.at.desk@example.org");
    const link = await revealResetLink(organiser, { emailId: mail.id }, { smtpOn: false }, t.db);
    expect(link).toMatch(/^https?:\/\/\S+\/ru\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(mail.body).toContain(link);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.showResetLink"));
    expect(entries).toEqual([expect.objectContaining({ actorId: organiser.id, entity: "user", after: { email: "shown.at.desk@example.org" } })]);
  });

  it("is refused to anyone but an organiser, with nothing written", async () => {
    const mail = await resetMailOf("not.for.you@example.org");
    const delegate = await createAccount({ email: "curious@example.org", password: "a password here", fullName: "Karim Haddad", locale: "fr" }, "participant", t.db);
    await expect(revealResetLink(delegate, { emailId: mail.id }, { smtpOn: false }, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(revealResetLink(null, { emailId: mail.id }, { smtpOn: false }, t.db)).rejects.toMatchObject({ code: "signInRequired", status: 401 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, delegate.id))).toEqual([]);
  });

  it("shows nothing once SMTP sends e-mails, for any other kind of e-mail, or once the link is cut short", async () => {
    const mail = await resetMailOf("by.smtp@example.org");
    await expect(revealResetLink(organiser, { emailId: mail.id }, { smtpOn: true }, t.db)).rejects.toMatchObject({ code: "resetLinkSentBySmtp", status: 409 });
    const [other] = await t.db.insert(emailOutbox).values({ toEmail: "x@example.org", subject: "s", body: "b /reset-password/abc", kind: "requestReceived", locale: "fr" }).returning();
    await expect(revealResetLink(organiser, { emailId: other!.id }, { smtpOn: false }, t.db)).rejects.toMatchObject({ code: "notFound", status: 404 });
    await t.db.update(emailOutbox).set({ body: "Lien : https://b2b.example.org/ru/reset-password/…" }).where(eq(emailOutbox.id, mail.id));
    await expect(revealResetLink(organiser, { emailId: mail.id }, { smtpOn: false }, t.db)).rejects.toMatchObject({ code: "resetLinkGone", status: 409 });
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.showResetLink"));
    expect(entries.map((e) => (e.after as { email: string }).email)).not.toContain("by.smtp@example.org");
  });
});
