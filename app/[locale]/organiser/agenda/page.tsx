import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteSession } from "@/components/organiser/setup/delete-session";
import { SessionForm } from "@/components/organiser/setup/session-form";
import "@/components/organiser/setup/agenda-list.css";
import { Card } from "@/components/ui/card";
import { LazyDetails } from "@/components/ui/lazy-details";
import { listSessionsForEditor } from "@/db/agenda-editor";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { roomOverlaps } from "@/lib/forum-setup/overlaps";
import { localized } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { deletedNoticeSchema } from "@/lib/schemas/agenda-session";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import { utcToZoned } from "@/lib/time-input";
import { deleteSessionAction, saveSessionAction } from "./actions";
import { sessionChoices } from "./session-choices";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "agendaEditor" });
  return { title: t("title") };
}

export default async function AgendaEditorPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/agenda");
  const [t, forum, deleted] = await Promise.all([getTranslations("agendaEditor"), getCurrentForum(), searchParams.then((q) => deletedNoticeSchema.parse(q))]);
  if (!forum) return null;
  const [sessions, { firstDay, choices }] = await Promise.all([listSessionsForEditor(forum.id), sessionChoices(forum, locale)]);
  const { city, timeZone: tz } = choices;
  const overlaps = roomOverlaps(sessions);
  const titleOf = (id: string) => localized(sessions.find((s) => s.id === id)?.title, locale);
  const roomName = (id: string | null) => (id ? choices.rooms.find((r) => r.value === id)?.label : null);
  const byDay = choices.days.map((d) => ({ day: d.value, sessions: sessions.filter((s) => utcToZoned(s.startsAt, tz).day === d.value) }));
  const zone = zoneLabel(city, tz, sessions[0]?.startsAt);
  const agendaPath = getPathname({ href: "/organiser/agenda", locale });

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { zone })}</p>
      {deleted.deleted && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950">
          {t("deleted", { added: deleted.added, removed: deleted.removed, cancelled: deleted.cancelled })}
        </p>
      )}
      <Card aria-labelledby="new-session">
        <LazyDetails summaryId="new-session" summaryClassName="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold" summary={t("newSession")}>
          <div className="mt-3">
            <SessionForm
              action={saveSessionAction}
              choices={choices}
              session={{ kind: "plenary", title: {}, roomId: "", sectorId: "", speakers: {}, day: firstDay, startTime: "09:00", endTime: "10:00", blocksB2b: false }}
            />
          </div>
        </LazyDetails>
      </Card>
      {byDay.map(({ day, sessions: list }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="flex flex-col gap-3">
          <h2 id={`day-${day}`} className="text-xl font-semibold">
            {formatDay(day, locale, tz)}
          </h2>
          {list.length === 0 && <p>{t("emptyDay")}</p>}
          <ul className="flex flex-col gap-3">
            {list.map((s) => {
              const title = localized(s.title, locale);
              const clashes = overlaps.get(s.id) ?? [];
              return (
                <li key={s.id}>
                  <section className="ag-card" aria-labelledby={`session-${s.id}`}>
                    <p className="ag-meta">
                      <bdi dir="ltr">{formatTime(s.startsAt, locale, tz)}–{formatTime(s.endsAt, locale, tz)}</bdi> · {zone} · {t(`kinds.${s.kind}`)}
                      {roomName(s.roomId) && <> · {roomName(s.roomId)}</>}
                    </p>
                    <h3 id={`session-${s.id}`} className="ag-title">
                      {title}
                    </h3>
                    {s.blocksB2b && <p className="mt-1 inline-block rounded bg-amber-100 px-2 text-sm font-medium text-amber-950">{t("blocksBadge")}</p>}
                    {clashes.length > 0 && (
                      <p className="mt-1 font-medium text-amber-900">{t("overlapWarning", { titles: clashes.map(titleOf).join(" · ") })}</p>
                    )}
                    <a href={`${agendaPath}/${s.id}`} aria-label={t("editSession", { title })} className="ag-edit">
                      {t("edit")}
                    </a>
                    <DeleteSession action={deleteSessionAction} sessionId={s.id} title={title} timeZone={tz} city={city} />
                  </section>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
