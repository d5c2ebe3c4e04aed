import { createTranslator } from "next-intl";
import { getDb, type Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { pageLink } from "./links";

export type EmailKind =
  | "requestReceived"
  | "requestAccepted"
  | "requestDeclined"
  | "requestCancelled"
  | "requestExpiring"
  | "requestExpired"
  | "scheduleChanged"
  | "scheduleTomorrow"
  | "meetingBooked"
  | "meetingNoShow"
  | "meetingMissed"
  | "meetingRestored"
  | "companyApproved"
  | "companyRejected"
  | "meetingsUncovered"
  | "meetingsUncoveredOrganisers";

/** The page each e-mail leads to, linked at its foot: where the reader acts on it. */
const pageOf: Record<EmailKind, `/${string}`> = {
  requestReceived: "/requests",
  requestAccepted: "/requests",
  requestDeclined: "/requests",
  requestCancelled: "/requests",
  requestExpiring: "/requests",
  requestExpired: "/matches",
  scheduleChanged: "/schedule",
  scheduleTomorrow: "/schedule",
  meetingBooked: "/schedule",
  meetingNoShow: "/companies",
  meetingMissed: "/schedule",
  meetingRestored: "/schedule",
  companyApproved: "/matches",
  companyRejected: "/profile",
  // No page lets a company seat a colleague at a meeting already booked: each line links the meeting's own page.
  meetingsUncovered: "/schedule",
  meetingsUncoveredOrganisers: "/organiser/meetings",
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The values of an e-mail: the same for everyone, or made for each recipient in their language. */
export type EmailValues = Record<string, string> | ((recipient: Recipient & { locale: Locale }, t: Translate) => Record<string, string>);

export interface Recipient {
  email: string;
  locale: string;
  fullName: string;
}

/**
 * Writes one e-mail per recipient, each in the recipient's language, in the caller's
 * transaction: the e-mail exists exactly when the change it tells of does.
 */
export async function enqueueEmails(
  kind: EmailKind,
  recipients: readonly Recipient[],
  values: EmailValues,
  db: Database = getDb(),
): Promise<number> {
  if (recipients.length === 0) return 0;
  const rows = await Promise.all(
    recipients.map(async (recipient) => {
      const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "fr";
      const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "emails" });
      // Keys are built from the kind, so the translator is called untyped.
      const t = translate as unknown as Translate;
      const own = typeof values === "function" ? values({ ...recipient, locale }, t) : values;
      const args = { ...own, name: recipient.fullName };
      return {
        toEmail: recipient.email,
        locale,
        kind,
        subject: t(`${kind}.subject`, args),
        body: `${t("greeting", args)}\n\n${t(`${kind}.body`, args)}\n\n${t("openLink", { link: pageLink(locale, pageOf[kind]) })}\n\n${t("signature", args)}`,
      };
    }),
  );
  await db.insert(emailOutbox).values(rows);
  return rows.length;
}
