import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AvailabilityForm, type AvailabilityDay } from "@/components/availability/availability-form";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { myAvailability } from "@/lib/availability/blocks";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTimeRange, zoneLabel } from "@/lib/time";
import { saveAvailabilityAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "availability" });
  return { title: t("title") };
}

export default async function AvailabilityPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/profile/availability");
  const [t, forum, slots] = await Promise.all([getTranslations("availability"), getCurrentForum(), myAvailability(user)]);
  if (!forum) return <p>{t("noSlots")}</p>;
  const tz = forum.timeZone;
  const byDay = new Map<string, AvailabilityDay>();
  for (const s of slots) {
    const day = byDay.get(s.day) ?? { label: formatDay(s.day, locale, tz), slots: [] };
    day.slots.push({ id: s.id, label: formatTimeRange(s.startsAt, s.endsAt, locale, tz), blocked: s.blocked, hasMeeting: s.hasMeeting });
    byDay.set(s.day, day);
  }
  const zone = zoneLabel(localized(forum.city, locale), tz, new Date(`${forum.startsOn}T12:00:00Z`));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="font-semibold">{t("zone", { zone })}</p>
      <Card>{byDay.size === 0 ? <p>{t("noSlots")}</p> : <AvailabilityForm action={saveAvailabilityAction} days={[...byDay.values()]} />}</Card>
      <Link href="/profile" className="inline-flex min-h-11 items-center self-start font-semibold text-emerald-900 underline">
        {t("back")}
      </Link>
    </div>
  );
}
