import { getTranslations } from "next-intl/server";
import { countryName, languageNames, localized } from "@/lib/i18n/localized";
import type { ScheduleMeeting } from "@/lib/schedule/my-schedule";
import { TimeRange } from "./time-range";
import "./schedule.css";

/**
 * One meeting on the phone page: time, table and the other side first and large, then who
 * sits there and in which languages, and the calendar download. Plain links and short class
 * names keep each card light (see schedule.css).
 */
export async function MeetingCard({
  meeting,
  locale,
  timeZone,
  offset,
  changeable,
}: {
  meeting: ScheduleMeeting;
  locale: string;
  timeZone: string;
  offset: string;
  /** Its sides may still move or cancel it themselves, on its request's booking page. */
  changeable: boolean;
}) {
  const t = await getTranslations("schedule");
  const titleId = `m-${meeting.id}`;
  const table = meeting.tableZone ? t("tableZone", { number: meeting.tableNumber, zone: meeting.tableZone }) : t("table", { number: meeting.tableNumber });
  return (
    <article aria-labelledby={titleId} className="sc-card">
      <div className="sc-top">
        <TimeRange startsAt={meeting.startsAt} endsAt={meeting.endsAt} locale={locale} timeZone={timeZone} offset={offset} />
        <p className="sc-tag">{t("meetingLabel")}</p>
      </div>
      <h3 id={titleId} className="sc-title">
        <a href={`/${locale}/companies/${meeting.partner.id}`} dir="auto">
          {meeting.partner.name}
        </a>
      </h3>
      <p className="sc-muted">{countryName(meeting.partner.country, locale)}</p>
      <p className="sc-place">{`${table} · ${localized(meeting.room, locale)}`}</p>
      {meeting.status !== "scheduled" && <p className="sc-status">{t(`status.${meeting.status}`)}</p>}
      {meeting.interpreterNeeded && <p className="sc-flag">{`⚠ ${t("interpreterNeeded")}`}</p>}
      <div>
        <p>
          <b>{t("delegates")}</b>
        </p>
        {meeting.delegates.length === 0 ? (
          <p className="sc-muted">{t("noDelegates")}</p>
        ) : (
          <ul className="sc-people">
            {meeting.delegates.map((d, i) => (
              <li key={i}>
                <b>
                  <bdi>{d.fullName}</bdi>
                </b>
                {d.jobTitle && (
                  <>
                    <br />
                    <bdi>{d.jobTitle}</bdi>
                  </>
                )}
                <br />
                <span className="sc-muted">{t("languages", { languages: languageNames(d.languages, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <a href={`/${locale}/meetings/${meeting.id}`} aria-label={t("meetingPageFor", { company: meeting.partner.name })} className="sc-link">
        {t("meetingPage")}
      </a>
      {changeable && (
        <a href={`/${locale}/requests/${meeting.requestId}/book`} aria-label={t("changeMeetingFor", { company: meeting.partner.name })} className="sc-link">
          {t("changeMeeting")}
        </a>
      )}
      <a href={`/calendar/meetings/${meeting.id}?locale=${locale}`} download aria-label={t("addToCalendarFor", { company: meeting.partner.name })} className="sc-button">
        {t("addToCalendar")}
      </a>
    </article>
  );
}
