import type { Forum } from "@/db/schema";
import type { ScheduleMeetingRow } from "@/db/schedule";
import { localized } from "@/lib/i18n/localized";
import type { Translate } from "@/lib/notifications/outbox";
import { formatDay, formatTime, formatTimeRange, zoneLabel } from "@/lib/time";
import type { ChangeLine } from "./summary";

/** How a meeting reads in an e-mail: forum time, the zone named once at the top. */
export function meetingWords(meeting: ScheduleMeetingRow, locale: string, forum: Pick<Forum, "timeZone">) {
  return {
    company: meeting.partner.name,
    day: formatDay(meeting.startsAt, locale, forum.timeZone),
    time: formatTime(meeting.startsAt, locale, forum.timeZone),
    // Isolated in Arabic, where "10:00–10:30" would otherwise read backwards.
    range: formatTimeRange(meeting.startsAt, meeting.endsAt, locale, forum.timeZone),
    table: String(meeting.tableNumber),
    room: localized(meeting.room, locale),
  };
}

export const emailZone = (forum: Pick<Forum, "city" | "timeZone">, locale: string, at: Date) => zoneLabel(localized(forum.city, locale), forum.timeZone, at);

/** `people`: the names of those whose seat a line tells of. */
export function changeLine(
  line: ChangeLine<ScheduleMeetingRow>,
  locale: string,
  forum: Pick<Forum, "timeZone">,
  t: Translate,
  people: ReadonlyMap<string, string> = new Map(),
): string {
  const words = meetingWords(line.meeting, locale, forum);
  const previous = line.previousStartsAt
    ? { previousDay: formatDay(line.previousStartsAt, locale, forum.timeZone), previousTime: formatTime(line.previousStartsAt, locale, forum.timeZone) }
    : { previousDay: "", previousTime: "" };
  const previousTable = line.previousTableNumber != null ? String(line.previousTableNumber) : "";
  const person = line.seatUserId ? (people.get(line.seatUserId) ?? "") : "";
  const text = t(`lines.${line.kind}`, { ...words, ...previous, previousTable, person });
  return `- ${line.byOrganiser ? t("lines.byOrganisers", { change: text }) : text}`;
}
