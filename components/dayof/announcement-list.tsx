import type { Announcement } from "@/db/schema";
import { announcementText } from "@/lib/announcements/announcements";
import { directionOf, isLocale } from "@/lib/i18n/routing";
import { utcOffset } from "@/lib/schedule/format";

/** The organisers' latest words, newest first, each in the reader's language where written, with when, in the forum's zone. */
export function AnnouncementList({ items, locale, timeZone, heading, headingId }: {
  items: readonly Announcement[];
  locale: string;
  timeZone: string;
  heading: string;
  headingId: string;
}) {
  if (items.length === 0) return null;
  const when = new Intl.DateTimeFormat(locale, { timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return (
    <section aria-labelledby={headingId} className="rounded-xl border-s-4 border-amber-500 bg-amber-50 p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {items.map((a) => {
          const { text, lang } = announcementText(a.body, locale);
          return (
            <li key={a.id}>
              <p lang={lang} dir={isLocale(lang) ? directionOf(lang) : "auto"} className="whitespace-pre-line text-start">
                {text}
              </p>
              <p className="text-sm text-slate-700">
                <time dateTime={a.createdAt.toISOString()}>{when.format(a.createdAt)}</time> <bdi dir="ltr">{utcOffset(timeZone, a.createdAt)}</bdi>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
