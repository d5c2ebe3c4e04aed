import { getTranslations } from "next-intl/server";
import type { ForumTable, OrganiserMeeting, SeatedDelegate } from "@/db/meeting-grid";
import { localized } from "@/lib/i18n/localized";
import { formatTime } from "@/lib/time";
import { SeatedCompany } from "./seated-company";

/** One table's day on one A4 sheet: every slot, and who sits at it. */
export async function TableSheet({
  table,
  dayLabel,
  zone,
  slots,
  meetings,
  delegates,
  locale,
  timeZone,
}: {
  table: ForumTable;
  dayLabel: string;
  zone: string;
  slots: readonly { id: string; startsAt: Date; endsAt: Date }[];
  meetings: readonly OrganiserMeeting[];
  delegates: readonly SeatedDelegate[];
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("print");
  const bySlot = new Map(meetings.map((m) => [m.slotId, m]));
  const headingId = `table-${table.id}-${dayLabel.replace(/\W+/g, "-")}`;
  return (
    <section className="print-sheet flex flex-col gap-2" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-bold">
        {t("tableHeading", { number: table.number })}
        {table.zone ? ` · ${t("zoneOf", { zone: table.zone })}` : ""} · {localized(table.room, locale)}
      </h2>
      <p>
        {dayLabel} · {t("times", { zone })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("time")}</th>
            <th scope="col">{t("sideA")}</th>
            <th scope="col">{t("sideB")}</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => {
            const meeting = bySlot.get(slot.id);
            return (
              <tr key={slot.id}>
                <th scope="row" className="whitespace-nowrap tabular-nums">
                  <bdi dir="ltr">{formatTime(slot.startsAt, locale, timeZone)}–{formatTime(slot.endsAt, locale, timeZone)}</bdi>
                  {meeting?.interpreterNeeded && <span className="block text-xs font-semibold">{t("interpreter")}</span>}
                </th>
                {meeting ? (
                  [meeting.a, meeting.b].map((company) => (
                    <td key={company.id}>
                      <SeatedCompany company={company} delegates={delegates.filter((d) => d.meetingId === meeting.id && d.companyId === company.id)} locale={locale} />
                    </td>
                  ))
                ) : (
                  <td colSpan={2} className="text-slate-600">
                    {t("free")}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
