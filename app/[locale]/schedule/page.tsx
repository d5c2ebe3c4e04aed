import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { requireUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { zoneLabel } from "@/lib/time";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "schedule" });
  return { title: t("title") };
}

export default async function SchedulePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/schedule");
  const [t, forum] = await Promise.all([getTranslations("schedule"), getCurrentForum()]);
  const zone = forum ? zoneLabel(localized(forum.city, locale), forum.timeZone, new Date(`${forum.startsOn}T12:00:00Z`)) : "";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("greeting", { name: user.fullName })}</p>
      {zone && <p className="text-sm text-slate-700">{t("timeZone", { zone })}</p>}
      <Card>
        <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
        <p className="mt-2">{t("emptyBody")}</p>
      </Card>
    </div>
  );
}
