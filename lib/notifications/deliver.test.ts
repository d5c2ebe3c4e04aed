import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { isNotNull } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { asHtml, deliverPendingEmails } from "./deliver";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(emailOutbox);
});

const mail = (toEmail: string, locale: string, body = "Bonjour") => ({ toEmail, locale, kind: "requestReceived", subject: "Sujet", body });

/** A transport in nodemailer's own plug-in form that refuses one address and keeps the rest. */
function recordingTransport(refuse: string) {
  const delivered: { to: string; html: string }[] = [];
  const transport = nodemailer.createTransport({
    name: "recording",
    version: "1",
    send(message, done) {
      const to = String(message.data.to);
      if (to === refuse) return done(new Error(`550 mailbox unavailable: ${to}`), undefined as never);
      delivered.push({ to, html: String(message.data.html) });
      done(null, { envelope: message.message.getEnvelope(), messageId: `<${delivered.length}@test>` } as never);
    },
  });
  return { transport, delivered };
}

describe("delivering the outbox", () => {
  it("sends each e-mail once, marking it sent on its own, past one that fails", async () => {
    await t.db.insert(emailOutbox).values([mail("amina@example.org", "ar", "مرحبا"), mail("nobody@example.org", "fr"), mail("ivan@example.org", "ru")]);
    const { transport, delivered } = recordingTransport("nobody@example.org");
    expect(await deliverPendingEmails(10, t.db, transport)).toBe(2);
    expect(delivered.map((d) => d.to).sort()).toEqual(["amina@example.org", "ivan@example.org"]);
    const rows = await t.db.select().from(emailOutbox);
    expect(rows.filter((r) => r.sentAt).map((r) => r.toEmail).sort()).toEqual(["amina@example.org", "ivan@example.org"]);
    const [failed] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, "nobody@example.org"));
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed!.lastError).toContain("550 mailbox unavailable");
    // Again: only the failed one is tried again, nothing sent twice.
    expect(await deliverPendingEmails(10, t.db, transport)).toBe(0);
    expect(delivered).toHaveLength(2);
    const [retried] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, "nobody@example.org"));
    expect(retried!.attempts).toBe(2);
  });

  it("keeps to its limit, and does nothing without a transport", async () => {
    await t.db.insert(emailOutbox).values([mail("a@example.org", "fr"), mail("b@example.org", "fr"), mail("c@example.org", "fr")]);
    expect(await deliverPendingEmails(10, t.db, null)).toBe(0);
    const { transport } = recordingTransport("none");
    expect(await deliverPendingEmails(2, t.db, transport)).toBe(2);
    expect(await deliverPendingEmails(2, t.db, transport)).toBe(1);
  });
});

describe("a password-reset link", () => {
  it("is sent whole, then cut short in the outbox: no key to the account stays in the database", async () => {
    const body = "Bonjour,\n\nhttp://localhost:3000/fr/reset-password/Tok3n_secret-abc\n\nPasserelle";
    await t.db.insert(emailOutbox).values([{ ...mail("reset@example.org", "fr", body), kind: "passwordReset" }, mail("kept@example.org", "fr", "http://localhost:3000/fr/join/inv1te")]);
    const { transport, delivered } = recordingTransport("none");
    expect(await deliverPendingEmails(10, t.db, transport)).toBe(2);
    expect(delivered.find((d) => d.to === "reset@example.org")?.html).toContain("/fr/reset-password/Tok3n_secret-abc");
    const rows = await t.db.select().from(emailOutbox);
    const reset = rows.find((r) => r.toEmail === "reset@example.org")!;
    expect(reset.sentAt).not.toBeNull();
    expect(reset.body).not.toContain("Tok3n_secret-abc");
    expect(reset.body).toContain("/fr/reset-password/…");
    expect(rows.find((r) => r.toEmail === "kept@example.org")!.body).toContain("/fr/join/inv1te");
  });

  it("stays whole while it could not be sent, for the next try", async () => {
    const body = "http://localhost:3000/fr/reset-password/Tok3n_retry";
    await t.db.insert(emailOutbox).values({ ...mail("bounce@example.org", "fr", body), kind: "passwordReset" });
    const { transport } = recordingTransport("bounce@example.org");
    expect(await deliverPendingEmails(10, t.db, transport)).toBe(0);
    expect((await t.db.select().from(emailOutbox))[0]!.body).toBe(body);
  });
});

describe("the HTML beside the text", () => {
  it("lays Arabic right to left, makes links tappable and escapes the rest", () => {
    const html = asHtml("مرحبا <Amina> & co\nhttps://b2b.example.org/ar/schedule", "ar");
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<a href="https://b2b.example.org/ar/schedule" dir="ltr">https://b2b.example.org/ar/schedule</a>');
    expect(html).toContain("&#60;Amina&#62; &#38; co");
    expect(asHtml("Bonjour", "fr")).toContain('dir="ltr"');
  });
});

describe("a run cut short", () => {
  it("has already recorded what it sent: the next run would not send it again", async (context) => {
    // Only a server has a second connection to look from while the run is under way.
    if (!t.url) return context.skip();
    const other = openPostgres(t.url, 2);
    try {
      await t.db.insert(emailOutbox).values([mail("first@example.org", "fr"), mail("second@example.org", "fr")]);
      const seenSent: number[] = [];
      const transport = nodemailer.createTransport({
        name: "watching",
        version: "1",
        send(message, done) {
          void (async () => {
            try {
              // What another instance would see at this moment, were this one to die now.
              seenSent.push((await other.db.select().from(emailOutbox).where(isNotNull(emailOutbox.sentAt))).length);
              done(null, { envelope: message.message.getEnvelope(), messageId: "<x@test>" } as never);
            } catch (error) {
              done(error as Error, undefined as never);
            }
          })();
        },
      });
      expect(await deliverPendingEmails(10, t.db, transport)).toBe(2);
      expect(seenSent).toEqual([0, 1]);
    } finally {
      await other.close();
    }
  });
});
