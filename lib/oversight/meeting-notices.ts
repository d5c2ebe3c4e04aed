import type { Database } from "@/db/client";
import type { Forum } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { enqueueEmails, type EmailKind, type Recipient } from "@/lib/notifications/outbox";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

export interface NoticePlace {
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
}

export interface NoticeSide {
  otherCompany: string;
  recipients: readonly Recipient[];
}

/** "mardi 8 décembre 2026, 10:00–10:30, Alger (UTC+1)": the forum's zone, named, in the reader's language. */
export function describePlace(place: NoticePlace, forum: Pick<Forum, "timeZone" | "city">, locale: Locale): string {
  const day = formatDay(place.startsAt, locale, forum.timeZone);
  const from = formatTime(place.startsAt, locale, forum.timeZone);
  const to = formatTime(place.endsAt, locale, forum.timeZone);
  return `${day}, ${from}–${to}, ${zoneLabel(localized(forum.city, locale), forum.timeZone, place.startsAt)}`;
}

/**
 * Tells both sides of a meeting what the organisers changed, each delegate in their own
 * language, in the caller's transaction: the e-mails exist exactly when the change does.
 */
export async function enqueueMeetingNotices(
  kind: Extract<EmailKind, "meetingMovedByOrganiser" | "meetingCancelledByOrganiser">,
  forum: Pick<Forum, "timeZone" | "city">,
  sides: readonly NoticeSide[],
  places: { before: NoticePlace; after?: NoticePlace },
  db: Database,
): Promise<number> {
  let written = 0;
  for (const side of sides) {
    const byLocale = new Map<Locale, Recipient[]>();
    for (const r of side.recipients) {
      const locale: Locale = isLocale(r.locale) ? r.locale : "fr";
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), r]);
    }
    for (const [locale, recipients] of byLocale) {
      const values: Record<string, string> = {
        other: side.otherCompany,
        before: describePlace(places.before, forum, locale),
        beforeTable: String(places.before.tableNumber),
      };
      if (places.after) {
        values.after = describePlace(places.after, forum, locale);
        values.afterTable = String(places.after.tableNumber);
      }
      written += await enqueueEmails(kind, recipients, values, db);
    }
  }
  return written;
}
