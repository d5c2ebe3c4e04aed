import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/dayof/attendance-form";
import { SeatsCard } from "@/components/dayof/seats-card";
import { UndoMarkForm } from "@/components/dayof/undo-mark-form";
import { ScrollBox } from "@/components/ui/scroll-box";
import { OutcomeForm } from "@/components/dayof/outcome-form";
import { TimeRange } from "@/components/schedule/time-range";
import { Card } from "@/components/ui/card";
import { findAttendanceMark } from "@/db/attendance";
import { getCurrentForum } from "@/db/forums";
import { findMeeting } from "@/db/meetings";
import { listVisibleOutcomes } from "@/db/outcomes";
import { findRequestParty } from "@/db/requests";
import { findMeetingOfCompany } from "@/db/schedule";
import { listCompanySeats } from "@/db/seats";
import { attendanceRecordable } from "@/lib/attendance/mark";
import { seatsChangeable } from "@/lib/booking/seats";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { countryName, isolated, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { middayOf, utcOffset } from "@/lib/schedule/format";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import { markAttendanceAction, recordOutcomeAction, seatAction, undoAttendanceAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "attendance" });
  return { title: t("title") };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One meeting on the day and after: was it held, and how did it go for our side. */
export default async function MeetingPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ unmarked?: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const unmarked = (await searchParams).unmarked === "1";
  const user = await requireUser(locale, `/meetings/${id}`);
  const organiser = user.role === "organiser";
  const [t, tOutcomes, forum] = await Promise.all([getTranslations("attendance"), getTranslations("outcomes"), getCurrentForum()]);
  const raw = uuid.test(id) ? await findMeeting(id) : null;
  // A stranger to the meeting learns nothing of it, not even that it exists.
  const viewAs = organiser ? raw?.companyAId : user.companyId;
  const meeting = raw && viewAs ? await findMeetingOfCompany(raw.id, viewAs) : null;
  if (!raw || !meeting || !forum) notFound();

  const [own, mark, outcomes, seats] = await Promise.all([
    findRequestParty(meeting.ownCompanyId),
    findAttendanceMark(meeting.id),
    listVisibleOutcomes(meeting.id, { companyId: user.companyId, organiser }),
    organiser ? [] : listCompanySeats(meeting.id, meeting.ownCompanyId),
  ]);
  const timeZone = forum.timeZone;
  const zone = zoneLabel(localized(forum.city, locale), timeZone, middayOf(meeting.day));
  const companyAName = raw.companyAId === meeting.partner.id ? meeting.partner.name : (own?.name ?? "");
  const companyBName = raw.companyBId === meeting.partner.id ? meeting.partner.name : (own?.name ?? "");
  const mine = outcomes.find((o) => o.companyId === user.companyId);
  const when = mark ? `${formatDay(mark.markedAt, locale, timeZone)} ${formatTime(mark.markedAt, locale, timeZone)}` : "";

  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <h1 className="text-2xl font-bold">
        {organiser
          ? t("titleBetween", { a: isolated(companyAName), b: isolated(companyBName) })
          : t("titleWith", { company: isolated(meeting.partner.name) })}
      </h1>
      <Card className="flex flex-col gap-1">
        <p>{formatDay(meeting.day, locale, timeZone)}</p>
        <TimeRange startsAt={meeting.startsAt} endsAt={meeting.endsAt} locale={locale} timeZone={timeZone} offset={utcOffset(timeZone, middayOf(meeting.day))} />
        <p className="text-sm text-slate-700">{zone}</p>
        <p>{t("table", { number: meeting.tableNumber, room: localized(meeting.room, locale) })}</p>
        {/* An organiser reads both companies in the heading; a delegate, the other side here. */}
        {!organiser && (
          <p>
            <bdi>{meeting.partner.name}</bdi> · {countryName(meeting.partner.country, locale)}
          </p>
        )}
        <p className="font-semibold">{t(`status.${meeting.status}`)}</p>
      </Card>

      {/* The organisers' console says who sits at a meeting; here a delegate sees their own side. */}
      {!organiser && (
        <SeatsCard
          action={seatAction}
          meetingId={meeting.id}
          requestId={meeting.requestId}
          companyName={own?.name ?? ""}
          partnerName={meeting.partner.name}
          seats={seats}
          userId={user.id}
          changeable={own?.status === "approved" && seatsChangeable(meeting)}
          closed={!seatsChangeable(meeting)}
        />
      )}

      <Card aria-labelledby="attendance-title" className="flex flex-col gap-3">
        <h2 id="attendance-title" className="text-lg font-semibold">
          {t("attendanceTitle")}
        </h2>
        {!mark && unmarked && (
          <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950">
            {t("undone")}
          </p>
        )}
        {mark ? (
          <>
            <p>{t(mark.status === "held" ? "markedHeld" : "markedNoShow", { name: mark.markedByName ?? "—", when })}</p>
            {organiser && <UndoMarkForm action={undoAttendanceAction} meetingId={meeting.id} locale={locale} noShow={mark.status === "no_show"} />}
          </>
        ) : meeting.status === "scheduled" && !attendanceRecordable(meeting.startsAt) ? (
          <p className="text-slate-700">{t("markableFrom", { time: formatTime(meeting.startsAt, locale, timeZone) })}</p>
        ) : meeting.status === "scheduled" ? (
          <AttendanceForm
            action={markAttendanceAction}
            meetingId={meeting.id}
            organiser={organiser}
            partnerName={meeting.partner.name}
            companyAName={companyAName}
            companyBName={companyBName}
          />
        ) : (
          <p>{t("notMarkable")}</p>
        )}
      </Card>

      <Card aria-labelledby="outcome-title" className="flex flex-col gap-3">
        <h2 id="outcome-title" className="text-lg font-semibold">
          {organiser ? tOutcomes("bothSidesTitle") : tOutcomes("title")}
        </h2>
        {meeting.status !== "held" ? (
          <p>{tOutcomes("needsHeld")}</p>
        ) : organiser ? (
          <ScrollBox label={tOutcomes("bothSidesTitle")}>
            <table className="w-full min-w-[34rem] text-start [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_th]:px-2 [&_th]:py-1 [&_th]:align-top">
              <caption className="sr-only">{tOutcomes("bothSidesTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="text-start">{tOutcomes("side")}</th>
                  <th scope="col" className="text-start">{tOutcomes("outcomeLegend")}</th>
                  <th scope="col" className="text-start">{tOutcomes("valueLabel")}</th>
                  <th scope="col" className="text-start">{tOutcomes("noteLabel")}</th>
                </tr>
              </thead>
              <tbody>
                {[raw.companyAId, raw.companyBId].map((companyId) => {
                  const o = outcomes.find((x) => x.companyId === companyId);
                  return (
                    <tr key={companyId}>
                      <th scope="row" className="text-start">
                        <bdi>{companyId === raw.companyAId ? companyAName : companyBName}</bdi>
                      </th>
                      <td>{o ? tOutcomes(`kinds.${o.outcome}`) : tOutcomes("none")}</td>
                      <td dir="ltr">{o?.estimatedValue ? `${new Intl.NumberFormat(locale).format(Number(o.estimatedValue))} ${o.currency}` : "—"}</td>
                      <td>
                        <bdi>{o?.note ?? ""}</bdi>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        ) : (
          <>
            <p className="text-slate-700">{tOutcomes("private")}</p>
            <OutcomeForm
              action={recordOutcomeAction}
              meetingId={meeting.id}
              defaults={mine ? { outcome: mine.outcome, estimatedValue: mine.estimatedValue ?? "", currency: mine.currency?.trim() ?? "", note: mine.note ?? "" } : null}
            />
          </>
        )}
      </Card>
      {organiser ? (
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href={`/organiser/meetings/${meeting.id}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
              {tOutcomes("toConsoleMeeting")}
            </Link>
          </li>
          <li>
            <Link href="/organiser/report" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
              {tOutcomes("backToReport")}
            </Link>
          </li>
        </ul>
      ) : (
        <Link href="/schedule" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {tOutcomes("backToSchedule")}
        </Link>
      )}
    </div>
  );
}
