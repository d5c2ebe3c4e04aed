import type { Forum } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import { formatTime, zoneLabel } from "@/lib/time";

/** "12 décembre 2026, 10:00 — Alger (UTC+1)": in the forum's zone, with the zone named. */
export function expiryLabel(at: Date, locale: string, forum: Forum): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone: forum.timeZone, day: "numeric", month: "long", year: "numeric" }).format(at);
  return `${day}, ${formatTime(at, locale, forum.timeZone)} — ${zoneLabel(localized(forum.city, locale), forum.timeZone, at)}`;
}
