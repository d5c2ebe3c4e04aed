import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeleteSession } from "@/components/organiser/setup/delete-session";
import { SessionForm, type SessionChoices } from "@/components/organiser/setup/session-form";
import { Card } from "@/components/ui/card";
import { listSessionsForEditor } from "@/db/agenda-editor";
import { getCurrentForum, getForumOverview } from "@/db/forums";
import { listRooms } from "@/db/venue";
import { requireOrganiser } from "@/lib/auth/session";
import { roomOverlaps } from "@/lib/forum-setup/overlaps";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import { utcToZoned } from "@/lib/time-input";
import { deleteSessionAction, saveSessionAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "agendaEditor" });
  return { title: t("title") };
}

export default async function AgendaEditorPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/agenda");
  const [t, forum] = await Promise.all([getTranslations("agendaEditor"), getCurrentForum()]);
  if (!forum) return null;
  const [sessions, rooms, { days, sectors }] = await Promise.all([listSessionsForEditor(forum.id), listRooms(forum.id), getForumOverview(forum.id)]);
  const city = localized(forum.city, locale);
  const tz = forum.timeZone;
  const choices: SessionChoices = {
    rooms: rooms.map((r) => ({ value: r.id, label: localized(r.name, locale) })),
    sectors: sectors.map((s) => ({ value: s.id, label: localized(s.name, locale) })),
    days: days.map((d) => ({ value: d.day, label: formatDay(d.day, locale, tz) })),
    timeZone: tz,
    city,
  };
  const overlaps = roomOverlaps(sessions);
  const titleOf = (id: string) => localized(sessions.find((s) => s.id === id)?.title, locale);
  const roomName = (id: string | null) => (id ? localized(rooms.find((r) => r.id === id)?.name, locale) : null);
  const byDay = days.map((d) => ({ day: d.day, sessions: sessions.filter((s) => utcToZoned(s.startsAt, tz).day === d.day) }));
  const zone = zoneLabel(city, tz, sessions[0]?.startsAt);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { zone })}</p>
      <Card aria-labelledby="new-session">
        <details>
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold" id="new-session">
            {t("newSession")}
          </summary>
          <div className="mt-3">
            <SessionForm
              action={saveSessionAction}
              choices={choices}
              session={{ kind: "plenary", title: {}, roomId: "", sectorId: "", speakers: {}, day: days[0]?.day ?? forum.startsOn, startTime: "09:00", endTime: "10:00", blocksB2b: false }}
            />
          </div>
        </details>
      </Card>
      {byDay.map(({ day, sessions: list }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="flex flex-col gap-3">
          <h2 id={`day-${day}`} className="text-xl font-semibold">
            {formatDay(day, locale, tz)}
          </h2>
          {list.length === 0 && <p>{t("emptyDay")}</p>}
          <ul className="flex flex-col gap-3">
            {list.map((s) => {
              const start = utcToZoned(s.startsAt, tz);
              const title = localized(s.title, locale);
              const clashes = overlaps.get(s.id) ?? [];
              return (
                <li key={s.id}>
                  <Card aria-labelledby={`session-${s.id}`}>
                    <p className="text-sm text-slate-700">
                      <bdi dir="ltr">{formatTime(s.startsAt, locale, tz)}–{formatTime(s.endsAt, locale, tz)}</bdi> · {zone} · {t(`kinds.${s.kind}`)}
                      {roomName(s.roomId) && <> · {roomName(s.roomId)}</>}
                    </p>
                    <h3 id={`session-${s.id}`} className="text-lg font-semibold">
                      {title}
                    </h3>
                    {s.blocksB2b && <p className="mt-1 inline-block rounded bg-amber-100 px-2 text-sm font-medium text-amber-950">{t("blocksBadge")}</p>}
                    {clashes.length > 0 && (
                      <p className="mt-1 font-medium text-amber-900">{t("overlapWarning", { titles: clashes.map(titleOf).join(" · ") })}</p>
                    )}
                    <details className="mt-2">
                      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-emerald-900">{t("edit")}</summary>
                      <div className="mt-2">
                        <SessionForm
                          action={saveSessionAction}
                          choices={choices}
                          session={{
                            id: s.id,
                            kind: s.kind,
                            title: s.title,
                            roomId: s.roomId ?? "",
                            sectorId: s.sectorId ?? "",
                            speakers: s.speakers,
                            day: start.day,
                            startTime: start.time,
                            endTime: utcToZoned(s.endsAt, tz).time,
                            blocksB2b: s.blocksB2b,
                          }}
                        />
                      </div>
                    </details>
                    <DeleteSession action={deleteSessionAction} sessionId={s.id} title={title} timeZone={tz} city={city} />
                  </Card>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
