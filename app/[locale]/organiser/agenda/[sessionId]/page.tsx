import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { DeleteSession } from "@/components/organiser/setup/delete-session";
import { SessionForm } from "@/components/organiser/setup/session-form";
import { Card } from "@/components/ui/card";
import { findSessionInForum, listSessionsForEditor } from "@/db/agenda-editor";
import { getCurrentForum } from "@/db/forums";
import { getCurrentUser, requireOrganiser } from "@/lib/auth/session";
import { roomOverlaps } from "@/lib/forum-setup/overlaps";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import { utcToZoned } from "@/lib/time-input";
import { deleteSessionAction, saveSessionAction } from "../actions";
import { sessionChoices } from "../session-choices";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session of the address, in the current forum: read once for the page and its title. */
const sessionOf = cache(async (sessionId: string) => {
  const forum = await getCurrentForum();
  if (!forum || !uuid.test(sessionId)) return null;
  const session = await findSessionInForum(sessionId, forum.id);
  return session && { forum, session };
});

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale; sessionId: string }> }): Promise<Metadata> {
  const { locale, sessionId } = await params;
  const t = await getTranslations({ locale, namespace: "agendaEditor" });
  // A tab of its own among the programme's; only an organiser's names the session.
  const found = (await getCurrentUser())?.role === "organiser" ? await sessionOf(sessionId) : null;
  return { title: found ? t("sessionPageTitle", { title: localized(found.session.title, locale) }) : t("title") };
}

/** One session of the programme, to edit: the form the programme once held under each session. */
export default async function AgendaSessionPage({ params }: { params: Promise<{ locale: string; sessionId: string }> }) {
  const locale = await pageLocale(params);
  const { sessionId } = await params;
  await requireOrganiser(locale, `/organiser/agenda/${sessionId}`);
  const found = await sessionOf(sessionId);
  if (!found) notFound();
  const { forum, session } = found;
  const [t, { choices }, sessions] = await Promise.all([getTranslations("agendaEditor"), sessionChoices(forum, locale), listSessionsForEditor(forum.id)]);
  const tz = forum.timeZone;
  const start = utcToZoned(session.startsAt, tz);
  const title = localized(session.title, locale);
  const clashes = (roomOverlaps(sessions).get(session.id) ?? []).map((id) => localized(sessions.find((s) => s.id === id)?.title, locale));
  const room = choices.rooms.find((r) => r.value === session.roomId)?.label;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/organiser/agenda" className="inline-flex min-h-11 items-center self-start font-semibold text-emerald-900 underline underline-offset-4">
        {t("backToAgenda")}
      </Link>
      <h1 className="text-2xl font-bold">{t("editSession", { title })}</h1>
      <p className="text-slate-700">
        {formatDay(session.startsAt, locale, tz)} · <bdi dir="ltr">{formatTime(session.startsAt, locale, tz)}–{formatTime(session.endsAt, locale, tz)}</bdi> ·{" "}
        {zoneLabel(choices.city, tz, session.startsAt)} · {t(`kinds.${session.kind}`)}
        {room && <> · {room}</>}
      </p>
      {clashes.length > 0 && <p className="font-medium text-amber-900">{t("overlapWarning", { titles: clashes.join(" · ") })}</p>}
      <Card>
        <SessionForm
          action={saveSessionAction}
          choices={choices}
          backHref="/organiser/agenda"
          session={{
            id: session.id,
            kind: session.kind,
            title: session.title,
            roomId: session.roomId ?? "",
            sectorId: session.sectorId ?? "",
            speakers: session.speakers,
            day: start.day,
            startTime: start.time,
            endTime: utcToZoned(session.endsAt, tz).time,
            blocksB2b: session.blocksB2b,
          }}
        />
      </Card>
      <Card>
        <DeleteSession action={deleteSessionAction} sessionId={session.id} title={title} timeZone={tz} city={choices.city} />
      </Card>
    </div>
  );
}
