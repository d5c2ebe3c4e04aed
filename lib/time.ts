import { directionOf, isLocale } from "@/lib/i18n/routing";

/**
 * Formatting of instants in the forum's time zone. Every helper takes the zone explicitly:
 * the device's own zone is never used.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A DateTimeFormat for these options, built once per process: building one costs far more
 * than using it, and a schedule page formats hundreds of times.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    if (formatters.size > 500) formatters.clear();
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

const memo = new Map<string, unknown>();

/** Any Intl formatter, built once per locale and options (display names, lists...), for the same reason. */
export function intlOnce<T>(kind: string, locale: string, options: object, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  if (!memo.has(key)) {
    if (memo.size > 500) memo.clear();
    memo.set(key, build());
  }
  return memo.get(key) as T;
}

/** "GMT+1" style offset of a zone at an instant, in the locale's wording. */
export function zoneOffset(timeZone: string, locale: string, at: Date = new Date()): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" }).formatToParts(at);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** The zone as shown on screen next to times, e.g. "Alger (UTC+1)". */
export function zoneLabel(city: string, timeZone: string, at: Date = new Date()): string {
  const offset = zoneOffset(timeZone, "en", at).replace(/^GMT/, "UTC");
  return `${city} (${offset === "UTC" ? "UTC+0" : offset})`;
}

export function formatDay(day: string | Date, locale: string, timeZone: string): string {
  const at = typeof day === "string" ? new Date(`${day}T12:00:00Z`) : day;
  return dateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(at);
}

export function formatTime(at: Date, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}

/**
 * "10:00–10:30". In right-to-left text the digits and the dash are laid out backwards
 * ("10:30–10:00"), so there the range is isolated left to right (Unicode LRI … PDI), which holds
 * in any text: a label, an option, an e-mail.
 */
export function formatTimeRange(startsAt: Date, endsAt: Date, locale: string, timeZone: string): string {
  const range = `${formatTime(startsAt, locale, timeZone)}–${formatTime(endsAt, locale, timeZone)}`;
  return isLocale(locale) && directionOf(locale) === "rtl" ? `\u2066${range}\u2069` : range;
}

export function formatDateRange(from: string, to: string, locale: string, timeZone: string): string {
  const format = dateTimeFormat(locale, { timeZone, day: "numeric", month: "long", year: "numeric" });
  return format.formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));
}

/** The local calendar day (YYYY-MM-DD) of an instant in a zone. */
export function localDay(at: Date, timeZone: string): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
