import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarPanel } from "@/components/schedule/calendar-panel";
import { NextMeetingBanner } from "@/components/schedule/next-meeting-banner";
import { OfflineStatus } from "@/components/schedule/offline-status";
import { ScheduleDaySection } from "@/components/schedule/schedule-day";
import { AnnouncementList } from "@/components/dayof/announcement-list";
import { Card } from "@/components/ui/card";
import { listAnnouncements } from "@/db/announcements";
import { findCalendarFeed } from "@/db/calendar-feeds";
import { getCurrentForum } from "@/db/forums";
import { requireUser } from "@/lib/auth/session";
import { selfServiceOpen } from "@/lib/booking/book";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { loadMySchedule } from "@/lib/schedule/my-schedule";
import { middayOf, utcOffset } from "@/lib/schedule/format";
import { nextMeetingToday } from "@/lib/schedule/next-meeting";
import { formatTime, zoneLabel } from "@/lib/time";
import { resetFeedAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "schedule" });
  return { title: t("title") };
}

const linkClass = "inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4";

/** "My schedule", the phone page of the forum: today first, large and plain, kept for offline use. */
export default async function SchedulePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/schedule");
  const [t, forum] = await Promise.all([getTranslations("schedule"), getCurrentForum()]);
  const now = new Date();
  const [schedule, feed, news] = forum
    ? await Promise.all([loadMySchedule(user, forum, now), findCalendarFeed(user.id), listAnnouncements(forum.id, 3)])
    : [null, null, []];
  const timeZone = forum?.timeZone ?? "UTC";
  const firstDay = middayOf(forum?.startsOn ?? "2000-01-01");
  const zone = forum ? zoneLabel(localized(forum.city, locale), timeZone, firstDay) : "";
  const offset = utcOffset(timeZone, firstDay);
  const updated = formatTime(now, locale, timeZone);
  const hasEntries = schedule?.days.some((d) => d.entries.length > 0) ?? false;
  const next = schedule ? nextMeetingToday(schedule.meetings, now, timeZone) : null;
  // Until a meeting starts, its sides may move or cancel it, while the forum lets them book.
  const changeableAfter = forum && selfServiceOpen(forum, now) ? now : null;

  return (
    <div className="flex flex-col gap-5 text-lg">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-950">{t("title")}</h1>
        <p className="text-slate-900">{t("greeting", { name: user.fullName })}</p>
        {zone && <p className="text-base text-slate-900">{t("timeZone", { zone })}</p>}
        <p className="text-base text-slate-900">
          <time dateTime={now.toISOString()}>{t("lastUpdated", { time: updated, zone })}</time>
        </p>
        <OfflineStatus time={updated} zone={zone} />
      </div>
      {next && <NextMeetingBanner meeting={next.meeting} underway={next.underway} locale={locale} timeZone={timeZone} zone={zone} />}
      <AnnouncementList items={news} locale={locale} timeZone={timeZone} heading={t("announcements")} headingId="announcements-title" />
      {user.companyId && (
        <Link href="/badge" className={linkClass}>
          {t("badgeLink")}
        </Link>
      )}
      {schedule && schedule.meetings.length === 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-2">{t("emptyBody")}</p>
          <Link href="/agenda" className={linkClass}>
            {t("agendaLink")}
          </Link>
        </Card>
      )}
      {schedule &&
        hasEntries &&
        schedule.days.map((day) => (
          <ScheduleDaySection key={day.day} day={day} locale={locale} timeZone={timeZone} offset={offset} changeableAfter={changeableAfter} />
        ))}
      {schedule && hasEntries && (
        <Link href="/agenda" className={linkClass}>
          {t("agendaLink")}
        </Link>
      )}
      {forum && (
        <CalendarPanel
          locale={locale}
          resetFeedAction={resetFeedAction}
          feedSince={feed ? new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "long" }).format(feed.createdAt) : null}
        />
      )}
    </div>
  );
}
