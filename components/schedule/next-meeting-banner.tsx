import { getTranslations } from "next-intl/server";
import type { ScheduleMeeting } from "@/lib/schedule/my-schedule";
import { formatTimeRange } from "@/lib/time";

/** Today's next meeting, at the top of the phone page: when, which table, with whom. */
export async function NextMeetingBanner({ meeting, underway, locale, timeZone, zone }: {
  meeting: ScheduleMeeting;
  underway: boolean;
  locale: string;
  timeZone: string;
  zone: string;
}) {
  const t = await getTranslations("schedule.next");
  return (
    <section aria-labelledby="next-meeting-title" className="rounded-xl border-2 border-emerald-700 bg-emerald-50 p-4 text-slate-950">
      <h2 id="next-meeting-title" className="text-lg font-bold">
        {t(underway ? "underway" : "title")}
      </h2>
      <p className="mt-1 text-xl font-semibold">
        <time dateTime={meeting.startsAt.toISOString()}>
          {t("time", { range: formatTimeRange(meeting.startsAt, meeting.endsAt, locale, timeZone), zone })}
        </time>
      </p>
      <p className="mt-1">
        {t("place", { number: meeting.tableNumber })} · <bdi>{meeting.partner.name}</bdi>
      </p>
      <a href={`#m-${meeting.id}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4">
        {t("details")}
      </a>
    </section>
  );
}
