import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RevealResetLink } from "@/components/organiser/reveal-reset-link";
import { Card } from "@/components/ui/card";
import { getForumTimeZone } from "@/db/forums";
import { outboxBodyForConsole } from "@/lib/auth/password-reset";
import { requireOrganiser } from "@/lib/auth/session";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listOutbox } from "@/lib/notifications/deliver";
import { revealResetLinkAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "outbox" });
  return { title: t("title") };
}

/** The e-mails the app wrote, sent or not: without SMTP this is where they can be read. */
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/outbox");
  const [t, emails, timeZone] = await Promise.all([getTranslations("outbox"), listOutbox(100), getForumTimeZone()]);
  const smtpOn = Boolean(process.env.SMTP_URL);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{smtpOn ? t("smtpOn") : t("smtpOff")}</p>
      {emails.length === 0 && <p>{t("empty")}</p>}
      <ul className="flex flex-col gap-3">
        {emails.map((email) => (
          <li key={email.id}>
            <Card>
              <h2 dir="auto" className="text-start font-semibold">
                {email.subject}
              </h2>
              <p className="text-sm text-slate-700">
                <bdi dir="ltr">{email.toEmail}</bdi> · {when.format(email.createdAt)} ·{" "}
                {email.sentAt ? t("sent") : t("waiting")}
              </p>
              <pre dir="auto" className="mt-2 whitespace-pre-wrap text-start font-sans text-sm">
                {outboxBodyForConsole(email)}
              </pre>
              {!smtpOn && email.kind === "passwordReset" && (
                <RevealResetLink
                  action={revealResetLinkAction}
                  emailId={email.id}
                  label={t("showLink")}
                  ariaLabel={t("showLinkFor", { email: email.toEmail })}
                  shown={t("linkShown", { email: email.toEmail })}
                />
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
