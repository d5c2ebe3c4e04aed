import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/organiser/setup/settings-form";
import { listForumDayHours } from "@/db/forum-setup";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { utcToZoned } from "@/lib/time-input";
import { saveForumSettingsAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "settings" });
  return { title: t("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/settings");
  const [t, forum] = await Promise.all([getTranslations("settings"), getCurrentForum()]);
  if (!forum) return null;
  const days = await listForumDayHours(forum.id);
  const closes = forum.selfBookingClosesAt ? utcToZoned(forum.selfBookingClosesAt, forum.timeZone) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <SettingsForm
        action={saveForumSettingsAction}
        timeZones={Intl.supportedValuesOf("timeZone")}
        city={localized(forum.city, locale)}
        forum={{
          version: forum.version,
          name: forum.name,
          city: forum.city,
          timeZone: forum.timeZone,
          startsOn: forum.startsOn,
          endsOn: forum.endsOn,
          countryA: forum.countryA,
          countryB: forum.countryB,
          slotMinutes: forum.slotMinutes,
          bookingMode: forum.bookingMode,
          selfBookingClosesAt: closes ? `${closes.day}T${closes.time}` : "",
          meetingCap: forum.meetingCap,
          hours: Object.fromEntries(
            days.map((d) => [d.day, { start: utcToZoned(d.b2bStartsAt, forum.timeZone).time, end: utcToZoned(d.b2bEndsAt, forum.timeZone).time }]),
          ),
        }}
      />
    </div>
  );
}
