import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { ScheduleSession } from "@/lib/schedule/my-schedule";
import { TimeRange } from "./time-range";
import "./schedule.css";

/** A bookmarked session of the programme, lighter than a meeting: it is not an appointment. */
export async function SessionCard({ session, locale, timeZone, offset }: { session: ScheduleSession; locale: string; timeZone: string; offset: string }) {
  const [t, ta] = await Promise.all([getTranslations("schedule"), getTranslations("agenda")]);
  const titleId = `s-${session.id}`;
  return (
    <article aria-labelledby={titleId} className="sc-session">
      <div className="sc-top">
        <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} locale={locale} timeZone={timeZone} offset={offset} small />
        <p className="sc-tag sc-plain">{`${t("sessionLabel")} · ${ta(`kind.${session.kind}`)}`}</p>
      </div>
      <h3 id={titleId} className="sc-title sc-small">
        {localized(session.title, locale)}
      </h3>
      {session.room && <p>{t("room", { room: localized(session.room, locale) })}</p>}
    </article>
  );
}
