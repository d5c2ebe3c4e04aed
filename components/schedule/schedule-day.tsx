import { getTranslations } from "next-intl/server";
import type { ScheduleDay } from "@/lib/schedule/my-schedule";
import { formatDay } from "@/lib/time";
import { MeetingCard } from "./meeting-card";
import { SessionCard } from "./session-card";

/** One day of the schedule: a heading, then meetings and bookmarked sessions in one time line. */
export async function ScheduleDaySection({
  day,
  locale,
  timeZone,
  offset,
  changeableAfter,
}: {
  day: ScheduleDay;
  locale: string;
  timeZone: string;
  offset: string;
  /** Meetings starting after this instant may be moved or cancelled by their sides; null: none may. */
  changeableAfter: Date | null;
}) {
  const t = await getTranslations("schedule");
  const headingId = `day-${day.day}`;
  const label = formatDay(day.day, locale, timeZone);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-2xl font-bold text-slate-950">
        {day.isToday ? `${t("today")} — ${label}` : label}
      </h2>
      {day.entries.length === 0 ? (
        <p className="text-slate-800">{t("nothingThisDay")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {day.entries.map((entry) => (
            <li key={`${entry.kind}-${entry.item.id}`}>
              {entry.kind === "meeting" ? (
                <MeetingCard
                  meeting={entry.item}
                  locale={locale}
                  timeZone={timeZone}
                  offset={offset}
                  changeable={changeableAfter !== null && entry.item.status === "scheduled" && entry.item.requestId !== null && entry.item.startsAt > changeableAfter}
                />
              ) : (
                <SessionCard session={entry.item} locale={locale} timeZone={timeZone} offset={offset} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
