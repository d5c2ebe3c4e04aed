import type { SessionChoices } from "@/components/organiser/setup/session-form";
import type { Forum } from "@/db/schema";
import { getForumOverview } from "@/db/forums";
import { listRooms } from "@/db/venue";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay } from "@/lib/time";

/** What the session form offers: the forum's rooms, sectors and days, in the reader's language. */
export async function sessionChoices(forum: Forum, locale: Locale): Promise<{ choices: SessionChoices; firstDay: string }> {
  const [rooms, { days, sectors }] = await Promise.all([listRooms(forum.id), getForumOverview(forum.id)]);
  const choices: SessionChoices = {
    rooms: rooms.map((r) => ({ value: r.id, label: localized(r.name, locale) })),
    sectors: sectors.map((s) => ({ value: s.id, label: localized(s.name, locale) })),
    days: days.map((d) => ({ value: d.day, label: formatDay(d.day, locale, forum.timeZone) })),
    timeZone: forum.timeZone,
    city: localized(forum.city, locale),
  };
  return { choices, firstDay: days[0]?.day ?? forum.startsOn };
}
