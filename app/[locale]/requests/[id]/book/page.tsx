import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CancelMeeting } from "@/components/booking/cancel-meeting";
import { SlotPicker } from "@/components/booking/slot-picker";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { findLiveMeetingOfRequest, findSlot, findTable } from "@/db/meetings";
import { findRequest, findRequestParty } from "@/db/requests";
import { requireUser } from "@/lib/auth/session";
import { freeSlotsForRequest } from "@/lib/booking/book";
import { PublicError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { isolated, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { formatDay, formatTimeRange, zoneLabel } from "@/lib/time";
import { bookSlotAction, cancelMeetingAction, moveMeetingAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking" });
  return { title: t("title") };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function BookPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const user = await requireUser(locale, `/requests/${id}/book`);
  const [t, forum] = await Promise.all([getTranslations("booking"), getCurrentForum()]);
  if (!forum || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  let free;
  try {
    free = await freeSlotsForRequest(user, id);
  } catch (error) {
    if (error instanceof PublicError && (error.status === 404 || error.status === 403)) notFound();
    if (error instanceof PublicError) {
      const key = `errors.${error.code}`;
      return (
        <Card>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-2">{t.has(key) ? t(key) : t("errors.requestNotAccepted")}</p>
        </Card>
      );
    }
    throw error;
  }
  const [meeting, request] = await Promise.all([findLiveMeetingOfRequest(id), findRequest(id)]);
  const said = await searchParams;
  const cancelled = typeof said.cancelled === "string" && said.cancelled !== "";
  // The calendar route answers only a side of the meeting, so an id from the address is safe to link.
  const cancelledId = typeof said.cancelled === "string" && uuidPattern.test(said.cancelled) ? said.cancelled : null;
  const notice = meeting ? (said.moved === "1" ? t("movedNotice") : said.booked === "1" ? t("bookedNotice") : null) : null;
  const [slot, table] = meeting ? await Promise.all([findSlot(meeting.slotId), findTable(meeting.tableId)]) : [null, null];
  // The other company of the request (freeSlotsForRequest has checked the user is of one side).
  const otherId = request ? (request.fromCompanyId === user.companyId ? request.toCompanyId : request.fromCompanyId) : null;
  const other = otherId ? await findRequestParty(otherId) : null;
  const tz = forum.timeZone;
  const range = (s: { startsAt: Date; endsAt: Date }) => formatTimeRange(s.startsAt, s.endsAt, locale, tz);
  const byDay = new Map<string, { id: string; label: string }[]>();
  for (const s of free) byDay.set(s.day, [...(byDay.get(s.day) ?? []), { id: s.id, label: range(s) }]);
  const days = [...byDay.entries()].map(([day, slots]) => ({ label: formatDay(day, locale, tz), slots }));
  const zone = zoneLabel(localized(forum.city, locale), tz, new Date(`${forum.startsOn}T12:00:00Z`));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {other ? t(meeting ? "titleBookedWith" : "titleWith", { company: isolated(other.name) }) : meeting ? t("titleBooked") : t("title")}
      </h1>
      <p className="text-slate-700">{t("zone", { zone })}</p>
      {notice && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950">
          {notice}
        </p>
      )}
      {!meeting && cancelled && (
        <div role="status" className="flex flex-col gap-1 rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950">
          <p>{t("cancelled")}</p>
          {cancelledId && (
            <a href={`/calendar/meetings/${cancelledId}?locale=${locale}`} className="inline-flex min-h-11 items-center text-emerald-900 underline">
              {t("removeFromCalendar")}
            </a>
          )}
        </div>
      )}
      {meeting && slot && (
        <Card aria-labelledby="current-meeting">
          <h2 id="current-meeting" className="text-lg font-semibold">
            {t("current")}
          </h2>
          <p className="mt-2 text-lg">
            {t("bookedAt", { day: formatDay(slot.day, locale, tz), time: range(slot), number: table?.number ?? 0 })}
          </p>
          {other && (
            <p>
              <bdi>{other.name}</bdi>
            </p>
          )}
          {meeting.interpreterNeeded && <p className="mt-1 font-semibold text-amber-900">{t("interpreter")}</p>}
          <div className="mt-4">
            <CancelMeeting action={cancelMeetingAction} meetingId={meeting.id} requestId={id} locale={locale} company={other?.name ?? ""} />
          </div>
        </Card>
      )}
      <Card aria-labelledby="choose-slot">
        <h2 id="choose-slot" className="mb-3 text-lg font-semibold">
          {meeting ? t("moveTitle") : t("chooseTitle")}
        </h2>
        {days.length === 0 ? (
          <p>{t("noFreeSlot")}</p>
        ) : (
          <SlotPicker
            action={meeting ? moveMeetingAction : bookSlotAction}
            hidden={meeting ? { meetingId: meeting.id, requestId: id, locale } : { requestId: id, locale }}
            days={days}
            submitLabel={meeting ? t("move") : t("book")}
          />
        )}
      </Card>
      {/* A booked meeting is reached from the schedule as often as from the requests. */}
      <p className="flex flex-wrap gap-x-6">
        {meeting && (
          <Link href="/schedule" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
            {t("backToSchedule")}
          </Link>
        )}
        <Link href="/requests" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
