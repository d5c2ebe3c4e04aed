import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckInDesk } from "@/components/dayof/check-in-desk";
import { buttonClasses } from "@/components/ui/button";
import { searchBadgeHolders } from "@/db/badges";
import { countCheckIns } from "@/db/check-ins";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { zoneLabel } from "@/lib/time";
import { checkInByCodeAction, checkInPersonAction, revokeBadgeAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "checkIn" });
  return { title: t("title") };
}

export default async function CheckInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/check-in");
  const [t, forum, query] = await Promise.all([getTranslations("checkIn"), getCurrentForum(), searchParams]);
  if (!forum) return <h1 className="text-2xl font-bold">{t("title")}</h1>;
  const q = (query.q ?? "").trim().slice(0, 80);
  const [found, arrived] = await Promise.all([q.length >= 2 ? searchBadgeHolders(forum.id, q, 10) : Promise.resolve(null), countCheckIns(forum.id)]);
  const hits = found?.map((h) => ({ userId: h.userId, fullName: h.fullName, companyName: h.companyName, country: h.country.trim(), checkedInAt: h.checkedInAt?.toISOString() ?? null })) ?? null;
  const countries = new Set([forum.countryA, forum.countryB, ...(found ?? []).map((h) => h.country.trim())]);
  const countryNames = Object.fromEntries([...countries].map((c) => [c, countryName(c, locale)]));
  return (
    <div className="flex max-w-xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("count", { count: arrived })}</p>
      <form role="search" method="get" className="flex flex-col gap-2">
        <label htmlFor="q" className="font-medium">
          {t("searchLabel")}
        </label>
        <div className="flex gap-2">
          <input id="q" name="q" type="search" defaultValue={q} minLength={2} maxLength={80} className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-400 px-3" />
          <button type="submit" className={buttonClasses("secondary")}>
            {t("search")}
          </button>
        </div>
      </form>
      <CheckInDesk
        codeAction={checkInByCodeAction}
        personAction={checkInPersonAction}
        revokeAction={revokeBadgeAction}
        hits={hits}
        timeZone={forum.timeZone}
        zone={zoneLabel(localized(forum.city, locale), forum.timeZone)}
        locale={locale}
        countryNames={countryNames}
      />
    </div>
  );
}
