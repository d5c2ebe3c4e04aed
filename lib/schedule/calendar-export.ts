import { createTranslator } from "next-intl";
import { getDb, type Database } from "@/db/client";
import { findMeetingOfCompany, listPartnerDelegates } from "@/db/schedule";
import type { Forum, User } from "@/db/schema";
import { buildCalendar, type CalendarWords } from "@/lib/calendar/ics";
import { countryName, languageNames, localized } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTimeRange, zoneLabel } from "@/lib/time";
import { loadMeetingsWithDelegates, type ScheduleMeeting } from "./my-schedule";

/** How often subscribed calendar apps should look again: a meeting moved on the day shows within a quarter of an hour. */
export const FEED_REFRESH_SECONDS = 15 * 60;

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "arabe et français": a delegate's language codes named and listed in the reader's language. */

async function translator(locale: Locale): Promise<Translate> {
  const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "schedule.ics" });
  // Keys are picked at run time (zone or not), so the translator is called untyped.
  return translate as unknown as Translate;
}

/** The names of downloaded files, in the reader's language (without ".ics"). */
export async function calendarFileNames(locale: Locale): Promise<{ schedule: string; meeting: string }> {
  const t = await translator(locale);
  return { schedule: t("scheduleFileName"), meeting: t("fileName") };
}

/** The words of the calendar events in the reader's language; times in the forum's zone, named. */
export async function calendarWords(locale: Locale, forum: Forum): Promise<CalendarWords<ScheduleMeeting>> {
  const t = await translator(locale);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone, new Date(`${forum.startsOn}T12:00:00Z`));
  const table = (m: ScheduleMeeting) => ({ number: m.tableNumber, zone: m.tableZone ?? "", room: localized(m.room, locale) });
  return {
    calendarName: t("calendarName", { forum: localized(forum.name, locale) }),
    summary: (m) => t("summary", { company: m.partner.name }),
    location: (m) => t(m.tableZone ? "locationZone" : "location", table(m)),
    alarm: (m) => t("alarm", { company: m.partner.name, number: m.tableNumber }),
    description: (m) =>
      [
        t("when", {
          day: formatDay(m.day, locale, forum.timeZone),
          range: formatTimeRange(m.startsAt, m.endsAt, locale, forum.timeZone),
          zone,
        }),
        t("with", { company: m.partner.name, country: countryName(m.partner.country, locale) }),
        ...(m.delegates.length
          ? [t("delegates"), ...m.delegates.map((d) => `- ${[d.fullName, d.jobTitle].filter(Boolean).join(", ")} (${languageNames(d.languages, locale)})`)]
          : []),
        t(m.interpreterNeeded ? "interpreterYes" : "interpreterNo"),
      ].join("\n"),
  };
}

/**
 * The user's whole schedule as a calendar. A subscription feed keeps cancelled meetings
 * (STATUS:CANCELLED) so apps remove the events they already hold; a download leaves them out.
 */
export async function scheduleCalendar(
  user: Pick<User, "id">,
  forum: Forum,
  locale: Locale,
  options: { feed?: boolean; url?: string } = {},
  db: Database = getDb(),
): Promise<string> {
  const meetings = await loadMeetingsWithDelegates(user, { includeCancelled: options.feed }, db);
  const words = await calendarWords(locale, forum);
  return buildCalendar(meetings, words, { refreshSeconds: options.feed ? FEED_REFRESH_SECONDS : undefined, url: options.url });
}

/** One meeting as a calendar, for a delegate of either side; null for anyone else. */
export async function meetingCalendar(user: Pick<User, "companyId">, meetingId: string, forum: Forum, locale: Locale, db: Database = getDb()) {
  if (!user.companyId) return null;
  const row = await findMeetingOfCompany(meetingId, user.companyId, db);
  if (!row) return null;
  const delegates = await listPartnerDelegates([row], db);
  const meeting: ScheduleMeeting = { ...row, delegates: delegates.get(row.id) ?? [] };
  return { meeting, text: buildCalendar([meeting], await calendarWords(locale, forum)) };
}
