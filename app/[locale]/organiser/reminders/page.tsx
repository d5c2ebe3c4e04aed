import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestExpiryForm } from "@/components/organiser/request-expiry-form";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { EVENING_HOUR } from "@/lib/notices/evening";
import { DIGEST_QUIET_SECONDS } from "@/lib/notices/digest";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import { setRequestExpiryAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "reminders" });
  return { title: t("title") };
}

/** What the app sends on its own (expiry, reminders, notices), and the one setting it needs. */
export default async function RemindersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/reminders");
  const [t, forum] = await Promise.all([getTranslations("reminders"), getCurrentForum()]);
  if (!forum) return <h1 className="text-2xl font-bold">{t("title")}</h1>;
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const closes = forum.selfBookingClosesAt;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card aria-labelledby="expiry-title">
        <h2 id="expiry-title" className="text-lg font-semibold">
          {t("expiryTitle")}
        </h2>
        <p className="mt-2 text-slate-700">{t("expiryIntro")}</p>
        <p className="mt-2 text-slate-700">
          {closes
            ? t("bookingCloses", { day: formatDay(closes, locale, forum.timeZone), time: formatTime(closes, locale, forum.timeZone), zone })
            : t("bookingNoClose")}
        </p>
        <div className="mt-4">
          <RequestExpiryForm action={setRequestExpiryAction} days={forum.requestExpiryDays} />
        </div>
      </Card>
      <Card aria-labelledby="automatic-title">
        <h2 id="automatic-title" className="text-lg font-semibold">
          {t("automaticTitle")}
        </h2>
        <ul className="mt-2 flex list-disc flex-col gap-2 ps-6">
          <li>{t("nudge")}</li>
          <li>{t("evening", { hour: `${EVENING_HOUR}:00`, zone })}</li>
          <li>{t("digest", { minutes: DIGEST_QUIET_SECONDS / 60 })}</li>
          <li>{t("alarm")}</li>
          <li>{t("banner")}</li>
        </ul>
      </Card>
    </div>
  );
}
