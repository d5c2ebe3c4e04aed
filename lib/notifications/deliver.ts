import { desc, eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { getDb, rowsOf, type Database } from "@/db/client";
import { emailOutbox, type OutboxEmail } from "@/db/schema";

const maxAttempts = 5;

/**
 * Sends what the outbox holds through SMTP_URL, when one is set; without it the e-mails
 * stay in the outbox, where organisers read them. Rows are claimed with SKIP LOCKED, so
 * several instances can deliver at once without sending anything twice.
 */
export async function deliverPendingEmails(limit = 20, db: Database = getDb()): Promise<number> {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) return 0;
  const transport = nodemailer.createTransport(smtpUrl);
  const from = process.env.MAIL_FROM ?? "Passerelle <no-reply@passerelle.app>";
  let sent = 0;
  await db.transaction(async (tx) => {
    const claimed = rowsOf<OutboxEmail>(
      await tx.execute(sql`
        select id, to_email as "toEmail", subject, body from ${emailOutbox}
        where sent_at is null and attempts < ${maxAttempts}
        order by created_at limit ${limit} for update skip locked`),
    );
    for (const email of claimed) {
      try {
        await transport.sendMail({ from, to: email.toEmail, subject: email.subject, text: email.body });
        await tx.update(emailOutbox).set({ sentAt: sql`now()`, attempts: sql`${emailOutbox.attempts} + 1` }).where(eq(emailOutbox.id, email.id));
        sent++;
      } catch (error) {
        await tx
          .update(emailOutbox)
          .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastError: String(error).slice(0, 500) })
          .where(eq(emailOutbox.id, email.id));
      }
    }
  });
  return sent;
}

export async function listOutbox(limit = 100, db: Database = getDb()) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}

