import { getTranslations } from "next-intl/server";
import { TimeRange } from "@/components/schedule/time-range";
import type { AgendaSessionRow } from "@/db/agenda";
import { localized } from "@/lib/i18n/localized";
import { BookmarkButton, type BookmarkAction } from "./bookmark-button";

const kindTone: Record<AgendaSessionRow["kind"], string> = {
  plenary: "bg-emerald-900 text-white",
  panel: "bg-sky-900 text-white",
  workshop: "bg-violet-900 text-white",
  break: "border border-slate-500 bg-white text-slate-900",
};

/** One session of the programme; signed-in readers get a bookmark button (null: signed out). */
export async function AgendaSession({
  session,
  locale,
  timeZone,
  offset,
  bookmark,
}: {
  session: AgendaSessionRow;
  locale: string;
  timeZone: string;
  offset: string;
  bookmark: { action: BookmarkAction; bookmarked: boolean } | null;
}) {
  const t = await getTranslations("agenda");
  const title = localized(session.title, locale);
  const description = localized(session.description, locale);
  const titleId = `agenda-${session.id}`;
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} locale={locale} timeZone={timeZone} offset={offset} className="text-xl font-bold" />
        <p className={`rounded-full px-3 py-1 text-sm font-semibold ${kindTone[session.kind]}`}>{t(`kind.${session.kind}`)}</p>
      </div>
      <h3 id={titleId} className="text-lg font-bold text-slate-950">
        {title}
      </h3>
      {description && <p className="text-slate-900">{description}</p>}
      <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {session.room && (
          <>
            <dt className="font-semibold">{t("room")}</dt>
            <dd>{localized(session.room, locale)}</dd>
          </>
        )}
        {session.sector && (
          <>
            <dt className="font-semibold">{t("sector")}</dt>
            <dd>{localized(session.sector, locale)}</dd>
          </>
        )}
        {session.speakers.length > 0 && (
          <>
            <dt className="font-semibold">{t("speakers")}</dt>
            <dd>
              <ul className="flex flex-col gap-1">
                {session.speakers.map((speaker, i) => (
                  <li key={i} dir="auto" className="text-start">
                    {speaker}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {bookmark && session.kind !== "break" && (
        <BookmarkButton action={bookmark.action} sessionId={session.id} title={title} bookmarked={bookmark.bookmarked} />
      )}
    </article>
  );
}
