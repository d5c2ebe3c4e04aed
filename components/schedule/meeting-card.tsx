import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { languageNames } from "@/lib/schedule/calendar-export";
import type { ScheduleMeeting } from "@/lib/schedule/my-schedule";
import { TimeRange } from "./time-range";

/**
 * One meeting on the phone page: time, table and the other side first and large, then who
 * sits there and in which languages, and the calendar download.
 */
export async function MeetingCard({ meeting, locale, timeZone, offset }: { meeting: ScheduleMeeting; locale: string; timeZone: string; offset: string }) {
  const t = await getTranslations("schedule");
  const titleId = `meeting-${meeting.id}`;
  const table = meeting.tableZone ? t("tableZone", { number: meeting.tableNumber, zone: meeting.tableZone }) : t("table", { number: meeting.tableNumber });
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-3 rounded-xl border-2 border-slate-800 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <TimeRange startsAt={meeting.startsAt} endsAt={meeting.endsAt} locale={locale} timeZone={timeZone} offset={offset} />
        <p className="rounded-full bg-emerald-900 px-3 py-1 text-sm font-semibold text-white">{t("meetingLabel")}</p>
      </div>
      <h3 id={titleId} className="text-start text-xl font-bold">
        <Link
          href={`/companies/${meeting.partner.id}`}
          dir="auto"
          className="inline-flex min-h-11 items-center text-emerald-900 underline underline-offset-4 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500"
        >
          {meeting.partner.name}
        </Link>
      </h3>
      <p className="text-slate-800">{countryName(meeting.partner.country, locale)}</p>
      <p className="text-lg font-semibold text-slate-950">
        {table} · {localized(meeting.room, locale)}
      </p>
      {meeting.status !== "scheduled" && (
        <p className="self-start rounded-full border border-slate-500 px-3 py-1 text-sm font-semibold">{t(`status.${meeting.status}`)}</p>
      )}
      {meeting.interpreterNeeded && (
        <p className="self-start rounded-lg border-2 border-amber-700 bg-amber-50 px-3 py-1 font-semibold text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {t("interpreterNeeded")}
        </p>
      )}
      <div>
        <p className="font-semibold">{t("delegates")}</p>
        {meeting.delegates.length === 0 ? (
          <p className="text-slate-800">{t("noDelegates")}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-2">
            {meeting.delegates.map((d, i) => (
              <li key={i}>
                <span className="block font-semibold">
                  <bdi>{d.fullName}</bdi>
                </span>
                {d.jobTitle && (
                  <span className="block">
                    <bdi>{d.jobTitle}</bdi>
                  </span>
                )}
                <span className="block text-slate-800">{t("languages", { languages: languageNames(d.languages, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <a
        href={`/calendar/meetings/${meeting.id}?locale=${locale}`}
        download
        aria-label={t("addToCalendarFor", { company: meeting.partner.name })}
        className={buttonClasses("secondary", "self-start")}
      >
        {t("addToCalendar")}
      </a>
    </article>
  );
}
