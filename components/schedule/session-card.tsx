import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { ScheduleSession } from "@/lib/schedule/my-schedule";
import { TimeRange } from "./time-range";

/** A bookmarked session of the programme, lighter than a meeting: it is not an appointment. */
export async function SessionCard({ session, locale, timeZone, offset }: { session: ScheduleSession; locale: string; timeZone: string; offset: string }) {
  const [t, ta] = await Promise.all([getTranslations("schedule"), getTranslations("agenda")]);
  const titleId = `session-${session.id}`;
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-2 rounded-xl border-2 border-dashed border-slate-600 bg-slate-50 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} locale={locale} timeZone={timeZone} offset={offset} className="text-xl font-bold" />
        <p className="rounded-full border border-slate-600 bg-white px-3 py-1 text-sm font-semibold text-slate-900">
          {t("sessionLabel")} · {ta(`kind.${session.kind}`)}
        </p>
      </div>
      <h3 id={titleId} className="text-lg font-bold">
        {localized(session.title, locale)}
      </h3>
      {session.room && (
        <p className="text-slate-900">{t("room", { room: localized(session.room, locale) })}</p>
      )}
    </article>
  );
}
