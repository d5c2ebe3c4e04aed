import { desc, eq, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { getDb, rowsOf, type Database } from "@/db/client";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { outboxBodyForConsole } from "@/lib/auth/password-reset";
import { directionOf, isLocale } from "@/lib/i18n/routing";

const maxAttempts = 5;

type Claimed = Pick<OutboxEmail, "id" | "toEmail" | "locale" | "subject" | "body" | "kind">;

/**
 * Sends what the outbox holds through SMTP_URL (or the transport given), when one is set;
 * without it the e-mails stay in the outbox, where organisers read them. Each e-mail is
 * claimed, sent and marked in a transaction of its own (SKIP LOCKED, so several instances
 * deliver at once): a crash part-way leaves the ones already sent marked sent, where one
 * transaction around the batch sent them all again.
 */
export async function deliverPendingEmails(limit = 20, db: Database = getDb(), transport: Transporter | null = smtpTransport()): Promise<number> {
  if (!transport) return 0;
  const from = process.env.MAIL_FROM ?? "Passerelle <no-reply@passerelle.app>";
  let sent = 0;
  // Each e-mail once a run: one that failed waits for the next run rather than using up its tries now.
  const tried: string[] = [];
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction(async (tx) => {
      const [email] = rowsOf<Claimed>(
        await tx.execute(sql`
          select id, to_email as "toEmail", locale, subject, body, kind from ${emailOutbox}
          where sent_at is null and attempts < ${maxAttempts} and not (id = any(${`{${tried.join(",")}}`}::uuid[]))
          order by created_at limit 1 for update skip locked`),
      );
      if (!email) return "none" as const;
      tried.push(email.id);
      try {
        await transport.sendMail({ from, to: email.toEmail, subject: email.subject, text: email.body, html: asHtml(email.body, email.locale) });
        // Once delivered, a reset link (a key to the account) is kept only cut short.
        const body = outboxBodyForConsole(email);
        await tx.update(emailOutbox).set({ sentAt: sql`now()`, attempts: sql`${emailOutbox.attempts} + 1`, body }).where(eq(emailOutbox.id, email.id));
        return "sent" as const;
      } catch (error) {
        await tx
          .update(emailOutbox)
          .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastError: String(error).slice(0, 500) })
          .where(eq(emailOutbox.id, email.id));
        return "failed" as const;
      }
    });
    if (outcome === "none") break;
    if (outcome === "sent") sent++;
  }
  return sent;
}

function smtpTransport(): Transporter | null {
  const smtpUrl = process.env.SMTP_URL;
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The same words as HTML beside the text, so a mail client lays Arabic out right to left
 * (plain text is shown left to right) and a link can be tapped; lines stay as written.
 */
export function asHtml(body: string, locale: string): string {
  const dir = isLocale(locale) ? directionOf(locale) : "ltr";
  const linked = escapeHtml(body).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}" dir="ltr">${url}</a>`);
  return `<!doctype html><html lang="${escapeHtml(locale)}" dir="${dir}"><body><div dir="${dir}" style="white-space:pre-wrap;font-family:sans-serif;line-height:1.5">${linked}</div></body></html>`;
}

export async function listOutbox(limit = 100, db: Database = getDb()) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}
