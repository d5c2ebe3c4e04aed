import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentForum, getForumOverview } from "@/db/forums";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDateRange, formatDay, formatTime, zoneLabel } from "@/lib/time";

export default async function LandingPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("landing");
  const forum = await getCurrentForum();
  if (!forum) {
    return (
      <Card>
        <h1 className="text-2xl font-bold">Passerelle</h1>
        <p className="mt-2">{t("noForum")}</p>
      </Card>
    );
  }
  const [{ days, sectors, companyCounts }, user] = await Promise.all([getForumOverview(forum.id), getCurrentUser()]);
  const city = localized(forum.city, locale);
  const zone = zoneLabel(city, forum.timeZone, new Date(`${forum.startsOn}T12:00:00Z`));
  const count = (country: string) => companyCounts.find((c) => c.country === country)?.n ?? 0;
  const number = new Intl.NumberFormat(locale);

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="forum-title" className="rounded-2xl bg-emerald-900 px-5 py-8 text-white">
        <p className="text-sm font-semibold uppercase tracking-wide text-emerald-100">{t("kicker")}</p>
        <h1 id="forum-title" className="mt-2 text-3xl font-bold sm:text-4xl">
          {localized(forum.name, locale)}
        </h1>
        <p className="mt-3 text-lg">
          {formatDateRange(forum.startsOn, forum.endsOn, locale, forum.timeZone)} · {city}
        </p>
        <p className="mt-1 text-emerald-100">{localized(forum.venue, locale)}</p>
        <p className="mt-4 max-w-2xl">
          {t("pitch", { a: countryName(forum.countryA, locale), b: countryName(forum.countryB, locale) })}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {user ? (
            <Link href="/schedule" className={buttonClasses("secondary")}>
              {t("openSchedule")}
            </Link>
          ) : (
            <>
              <Link href="/signup" className={buttonClasses("secondary")}>
                {t("signUpCta")}
              </Link>
              <Link href="/signin" className="inline-flex min-h-11 items-center px-2 font-semibold text-white underline">
                {t("signInCta")}
              </Link>
            </>
          )}
        </div>
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="when-title">
          <h2 id="when-title" className="text-xl font-bold">
            {t("when")}
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {days.map((day) => (
              <li key={day.id}>
                <span className="font-semibold">{formatDay(day.day, locale, forum.timeZone)}</span>
                <br />
                {t("b2bHours", {
                  from: formatTime(day.b2bStartsAt, locale, forum.timeZone),
                  to: formatTime(day.b2bEndsAt, locale, forum.timeZone),
                })}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">{t("timeZoneNote", { zone })}</p>
        </Card>

        <Card aria-labelledby="who-title">
          <h2 id="who-title" className="text-xl font-bold">
            {t("who")}
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-3">
            {[forum.countryA, forum.countryB].map((country) => (
              <div key={country} className="rounded-lg bg-slate-100 p-3">
                <dt className="text-sm text-slate-700">{countryName(country, locale)}</dt>
                <dd className="text-2xl font-bold">{t("companies", { count: count(country), formatted: number.format(count(country)) })}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>

      <Card aria-labelledby="sectors-title">
        <h2 id="sectors-title" className="text-xl font-bold">
          {t("sectors")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {sectors.map((sector) => (
            <li key={sector.id} className="rounded-full bg-emerald-50 px-3 py-1 text-emerald-950 ring-1 ring-emerald-200">
              {localized(sector.name, locale)}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
