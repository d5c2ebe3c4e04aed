import { ScrollBox } from "@/components/ui/scroll-box";
import type { ForumTable, OrganiserMeeting } from "@/db/meeting-grid";
import { Link } from "@/lib/i18n/navigation";
import { formatTime } from "@/lib/time";

interface GridSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * One day's meetings as a real table: a row per slot (its time in the forum's zone), a
 * column per table (narrow enough for a page of eight to fit a laptop without scrolling
 * sideways), each cell the two companies, the interpreter flag and, once marked,
 * whether it was held or missed, so the day's no-shows show as they happen. Empty cells stay
 * empty; the caption says which day and tables, so a screen reader user knows where they are.
 */
export function MeetingGrid({
  caption,
  slots,
  tables,
  meetings,
  locale,
  timeZone,
  labels,
}: {
  caption: string;
  slots: readonly GridSlot[];
  tables: readonly ForumTable[];
  meetings: readonly OrganiserMeeting[];
  locale: string;
  timeZone: string;
  /** `marked`: the words for a meeting marked held or missed, shown in its cell. */
  labels: { time: string; table: (number: number) => string; interpreter: string; scrollHint: string; marked: { held: string; no_show: string } };
}) {
  const at = new Map(meetings.map((m) => [`${m.slotId}/${m.tableId}`, m]));
  return (
    <ScrollBox label={caption} hint={labels.scrollHint} className="rounded-xl border border-slate-300 bg-white">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="sticky start-0 bg-slate-100 p-2 text-start">
              {labels.time}
            </th>
            {tables.map((table) => (
              <th key={table.id} scope="col" className="min-w-28 p-2 text-start">
                {labels.table(table.number)}
                {table.zone ? <span className="block text-xs font-normal text-slate-700">{table.zone}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="sticky start-0 whitespace-nowrap bg-white p-2 text-start font-semibold tabular-nums">
                <bdi dir="ltr">{formatTime(slot.startsAt, locale, timeZone)}–{formatTime(slot.endsAt, locale, timeZone)}</bdi>
              </th>
              {tables.map((table) => {
                const meeting = at.get(`${slot.id}/${table.id}`);
                return (
                  <td key={table.id} className="border-s border-slate-200 p-2">
                    {meeting && (
                      <>
                        <Link href={`/organiser/meetings/${meeting.id}`} className="inline-flex min-h-11 flex-col justify-center font-medium text-emerald-900 underline">
                          <bdi>{meeting.a.name}</bdi>
                          <span className="sr-only"> – </span>
                          <bdi>{meeting.b.name}</bdi>
                        </Link>
                        {(meeting.status === "held" || meeting.status === "no_show") && (
                          <span
                            className={`me-1 mt-1 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${meeting.status === "held" ? "bg-emerald-100 text-emerald-950" : "bg-red-100 text-red-950"}`}
                          >
                            {labels.marked[meeting.status]}
                          </span>
                        )}
                        {meeting.interpreterNeeded && (
                          <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{labels.interpreter}</span>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
