import { getTranslations } from "next-intl/server";
import { TimeRange } from "@/components/schedule/time-range";
import type { AgendaSessionRow } from "@/db/agenda";
import { localized, localizedList } from "@/lib/i18n/localized";
import { BookmarkButton, type BookmarkAction } from "./bookmark-button";
import "@/components/schedule/schedule.css";

const kindTag: Record<AgendaSessionRow["kind"], string> = {
  plenary: "sc-tag",
  panel: "sc-tag sc-panel",
  workshop: "sc-tag sc-workshop",
  break: "sc-tag sc-plain",
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
  const speakers = localizedList(session.speakers, locale);
  const titleId = `a-${session.id}`;
  return (
    <article aria-labelledby={titleId} className="sc-agenda">
      <div className="sc-top">
        <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} locale={locale} timeZone={timeZone} offset={offset} small />
        <p className={kindTag[session.kind]}>{t(`kind.${session.kind}`)}</p>
      </div>
      <h3 id={titleId} className="sc-title sc-small">
        {title}
      </h3>
      {description && <p>{description}</p>}
      {(session.room || session.sector || speakers.length > 0) && (
        <dl className="sc-facts">
          {session.room && (
            <>
              <dt>{t("room")}</dt>
              <dd>{localized(session.room, locale)}</dd>
            </>
          )}
          {session.sector && (
            <>
              <dt>{t("sector")}</dt>
              <dd>{localized(session.sector, locale)}</dd>
            </>
          )}
          {speakers.length > 0 && (
            <>
              <dt>{t("speakers")}</dt>
              <dd>
                <ul>
                  {speakers.map((speaker, i) => (
                    <li key={i}>
                      <bdi>{speaker}</bdi>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
      {bookmark && session.kind !== "break" && (
        <BookmarkButton action={bookmark.action} sessionId={session.id} title={title} bookmarked={bookmark.bookmarked} />
      )}
    </article>
  );
}
