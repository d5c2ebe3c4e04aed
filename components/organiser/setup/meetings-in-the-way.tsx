"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import type { StandingMeetingView } from "./meetings-of";

/**
 * The meetings a change would unseat, listed so the organiser can move them first, or tick
 * the box that cancels them with the change (both sides are told). Held meetings cannot be.
 */
export function MeetingsInTheWay({ meetings, timeZone, city, canCancel }: { meetings: StandingMeetingView[]; timeZone: string; city: string; canCancel: boolean }) {
  const t = useTranslations("setupMeetings");
  const locale = useLocale();
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby="meetings-in-the-way" className="flex flex-col gap-2 rounded-lg border border-amber-400 bg-amber-50 p-3">
      <h3 id="meetings-in-the-way" className="font-semibold">
        {t("title", { count: meetings.length })}
      </h3>
      <ul className="flex flex-col gap-1">
        {meetings.map((m) => {
          const at = new Date(m.startsAt);
          return (
            <li key={m.id}>
              {t.rich("when", {
                day: formatDay(at, locale, timeZone),
                from: formatTime(at, locale, timeZone),
                to: formatTime(new Date(m.endsAt), locale, timeZone),
                zone: zoneLabel(city, timeZone, at),
                // The range reads left to right in every language.
                range: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
              })}{" "}
              ·{" "}
              {t("table", { number: m.tableNumber })} · <bdi>{m.companies[0]}</bdi> — <bdi>{m.companies[1]}</bdi>
              {m.status !== "scheduled" && <> · {t("held")}</>}
            </li>
          );
        })}
      </ul>
      <p>
        {t("moveFirst")}{" "}
        <Link href="/organiser/meetings" className="font-semibold text-emerald-900 underline">
          {t("meetingsLink")}
        </Link>
      </p>
      {canCancel && (
        <label className="flex min-h-11 items-center gap-2 font-medium">
          <input type="checkbox" name="cancelMeetings" className="size-5" />
          {t("cancelThem", { count: meetings.length })}
        </label>
      )}
    </section>
  );
}
