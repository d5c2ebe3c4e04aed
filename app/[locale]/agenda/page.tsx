import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgendaSession } from "@/components/agenda/agenda-session";
import { DayTabs } from "@/components/agenda/day-tabs";
import { OfflineStatus } from "@/components/schedule/offline-status";
import { Card } from "@/components/ui/card";
import { bookmarkedAmong } from "@/db/agenda";
import { getCurrentForum } from "@/db/forums";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { getCachedAgenda } from "@/lib/schedule/agenda-cache";
import { currentForumDay } from "@/lib/schedule/days";
import { middayOf, utcOffset } from "@/lib/schedule/format";
import { agendaDaySchema } from "@/lib/schemas/schedule";
import { dateTimeFormat, formatDay, formatTime, zoneLabel } from "@/lib/time";
import { bookmarkAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "agenda" });
  return { title: t("title") };
}

const linkClass = "inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4";

/**
 * The public programme, one day at a time. The sessions come from the shared cache; only a
 * signed-in reader costs a query, for their bookmarks.
 */
export default async function AgendaPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ day?: string | string[] }> }) {
  const locale = await pageLocale(params);
  const [t, forum] = await Promise.all([getTranslations("agenda"), getCurrentForum()]);
  if (!forum) {
    return (
      <Card>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2">{t("noForum")}</p>
      </Card>
    );
  }
  const now = new Date();
  const [days, user, query] = await Promise.all([getCachedAgenda(forum.id, forum.timeZone), getCurrentUser(), searchParams]);
  const dayList = days.map((d) => d.day);
  const requested = agendaDaySchema.parse(query.day);
  const selected = requested && dayList.includes(requested) ? requested : currentForumDay(dayList, now, forum.timeZone);
  const sessions = days.find((d) => d.day === selected)?.sessions ?? [];
  const bookmarked = user ? await bookmarkedAmong(user.id, sessions.map((s) => s.id)) : null;
  const firstDay = middayOf(forum.startsOn);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone, firstDay);
  const offset = utcOffset(forum.timeZone, firstDay);
  const tabLabel = (day: string) => dateTimeFormat(locale, { timeZone: forum.timeZone, weekday: "long", day: "numeric", month: "long" }).format(middayOf(day));

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-950">{t("title")}</h1>
        <p className="text-lg text-slate-900">{localized(forum.name, locale)}</p>
        <p className="text-slate-900">{t("intro")}</p>
        <p className="text-slate-900">{t("timeZone", { zone })}</p>
        {user ? (
          <Link href="/schedule" className={linkClass}>
            {t("scheduleLink")}
          </Link>
        ) : (
          <p>
            {t("signInToBookmark")}{" "}
            <Link href="/signin?next=%2Fagenda" className={linkClass}>
              {t("signIn")}
            </Link>
          </p>
        )}
        <OfflineStatus time={formatTime(now, locale, forum.timeZone)} zone={zone} />
      </div>
      {selected && (
        <>
          <DayTabs days={dayList.map((day) => ({ day, label: tabLabel(day) }))} selected={selected} label={t("days")} />
          <section aria-labelledby="agenda-day" className="flex flex-col gap-3">
            <h2 id="agenda-day" className="text-2xl font-bold text-slate-950">
              {formatDay(selected, locale, forum.timeZone)}
            </h2>
            {sessions.length === 0 ? (
              <p>{t("noSessions")}</p>
            ) : (
              <ol className="flex flex-col gap-3">
                {sessions.map((session) => (
                  <li key={session.id}>
                    <AgendaSession
                      session={session}
                      locale={locale}
                      timeZone={forum.timeZone}
                      offset={offset}
                      bookmark={bookmarked ? { action: bookmarkAction, bookmarked: bookmarked.has(session.id) } : null}
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}
