import { createTranslator } from "next-intl";
import { getDb, type Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { pageLink } from "./links";
import type { Recipient } from "./outbox";

export type SetupEmailKind = "organiserInvitation" | "meetingCancelledByOrganiser" | "passwordReset";

/**
 * The forum set-up's e-mails, written to the outbox in the caller's transaction, each in its
 * receiver's language. Values are built per language, so a time is written the reader's way.
 */
export async function enqueueSetupEmails(
  kind: SetupEmailKind,
  recipients: readonly Recipient[],
  values: (locale: Locale) => Record<string, string>,
  db: Database = getDb(),
): Promise<number> {
  if (recipients.length === 0) return 0;
  const rows = await Promise.all(
    recipients.map(async (recipient) => {
      const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "fr";
      const messages = await loadMessages(locale);
      const shared = createTranslator({ locale, messages, namespace: "emails" }) as unknown as (key: string, v: Record<string, string>) => string;
      const own = createTranslator({ locale, messages, namespace: "setupEmails" }) as unknown as (key: string, v: Record<string, string>) => string;
      const args = { ...values(locale), name: recipient.fullName };
      return {
        toEmail: recipient.email,
        locale,
        kind,
        subject: own(`${kind}.subject`, args),
        // An invitation carries its own link; a cancelled meeting's reader goes to the schedule.
        body: `${shared("greeting", args)}\n\n${own(`${kind}.body`, args)}\n\n${kind === "meetingCancelledByOrganiser" ? `${shared("openLink", { link: pageLink(locale, "/schedule") })}\n\n` : ""}${shared("signature", args)}`,
      };
    }),
  );
  await db.insert(emailOutbox).values(rows);
  return rows.length;
}
