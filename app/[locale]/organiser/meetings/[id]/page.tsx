import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CancelMeetingForm, MoveMeetingForm } from "@/components/oversight/meeting-change-forms";
import { SeatedCompany } from "@/components/oversight/seated-company";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { listForumSlots, listForumTables, listOrganiserMeetings, listSeatedDelegates } from "@/db/meeting-grid";
import { requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTime, formatTimeRange, zoneLabel } from "@/lib/time";
import { cancelMeetingByOrganiserAction, moveMeetingByOrganiserAction } from "../actions";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "meetingChange" });
  return { title: t("title") };
}

/** One meeting, for an organiser: who, when, where; move it or cancel it. */
export default async function OrganiserMeetingPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireOrganiser(locale, `/organiser/meetings/${id}`);
  const forum = await getCurrentForum();
  if (!forum || !uuid.test(id)) notFound();
  const [meeting] = await listOrganiserMeetings(forum.id, { meetingId: id, includeCancelled: true });
  if (!meeting) notFound();
  const [t, tGrid, delegates, slots, tables] = await Promise.all([
    getTranslations("meetingChange"),
    getTranslations("meetingGrid"),
    // Who was to sit there, even once a no-show or a cancellation freed them.
    listSeatedDelegates([meeting.id], undefined, { evenFreed: meeting.status !== "scheduled" }),
    listForumSlots(forum.id),
    listForumTables(forum.id),
  ]);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone, meeting.startsAt);
  const time = (at: Date) => formatTime(at, locale, forum.timeZone);
  const dayLabels = [...new Set(slots.map((s) => s.day))];
  const live = meeting.status === "scheduled";

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t("heading")} <bdi>{meeting.a.name}</bdi> – <bdi>{meeting.b.name}</bdi>
      </h1>
      <Card aria-labelledby="where-title">
        <h2 id="where-title" className="text-lg font-semibold">
          {t("where")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("when")}</dt>
          <dd>
            {formatDay(meeting.day, locale, forum.timeZone)}, <bdi dir="ltr">{time(meeting.startsAt)}–{time(meeting.endsAt)}</bdi>, {zone}
          </dd>
          <dt className="font-medium">{t("table")}</dt>
          <dd>
            {tGrid("table", { number: meeting.tableNumber })}
            {meeting.tableZone ? ` · ${meeting.tableZone}` : ""} · {localized(meeting.room, locale)}
          </dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>{t(`statuses.${meeting.status}`)}</dd>
          <dt className="font-medium">{t("interpreter")}</dt>
          <dd>{meeting.interpreterNeeded ? t("interpreterYes") : t("interpreterNo")}</dd>
        </dl>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {[meeting.a, meeting.b].map((company) => (
            <SeatedCompany key={company.id} company={company} delegates={delegates.filter((d) => d.companyId === company.id)} locale={locale} />
          ))}
        </div>
      </Card>
      {live ? (
        <>
          <Card aria-labelledby="move-title">
            <h2 id="move-title" className="text-lg font-semibold">
              {t("moveTitle")}
            </h2>
            <p className="mb-3 text-sm text-slate-700">{t("moveHint", { zone })}</p>
            <MoveMeetingForm
              action={moveMeetingByOrganiserAction}
              meetingId={meeting.id}
              current={{ slotId: meeting.slotId, tableId: meeting.tableId }}
              days={dayLabels.map((day) => ({
                label: formatDay(day, locale, forum.timeZone),
                slots: slots.filter((s) => s.day === day).map((s) => ({ id: s.id, label: formatTimeRange(s.startsAt, s.endsAt, locale, forum.timeZone) })),
              }))}
              tables={tables.filter((table) => table.active).map((table) => ({ id: table.id, label: tGrid("table", { number: table.number }) }))}
            />
          </Card>
          <Card aria-labelledby="cancel-title">
            <h2 id="cancel-title" className="text-lg font-semibold">
              {t("cancelTitle")}
            </h2>
            <CancelMeetingForm action={cancelMeetingByOrganiserAction} meetingId={meeting.id} />
          </Card>
        </>
      ) : (
        <p role="status" className="font-medium">
          {t("notLive")}
        </p>
      )}
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {meeting.status !== "cancelled" && (
          <li>
            <Link href={`/meetings/${meeting.id}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
              {t("attendanceLink")}
            </Link>
          </li>
        )}
        <li>
          <Link href={`/organiser/meetings?day=${meeting.day}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
            {t("backToGrid")}
          </Link>
        </li>
        <li>
          <Link href={`/organiser/print/tables/${meeting.tableId}?day=${meeting.day}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
            {t("printTable", { number: meeting.tableNumber })}
          </Link>
        </li>
      </ul>
    </div>
  );
}
