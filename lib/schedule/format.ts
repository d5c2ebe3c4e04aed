import { zoneOffset } from "@/lib/time";

/** "UTC+1": the zone's offset on a forum day, short enough to sit beside every time range. */
export function utcOffset(timeZone: string, at: Date): string {
  const offset = zoneOffset(timeZone, "en", at);
  return offset === "GMT" ? "UTC+0" : offset.replace(/^GMT/, "UTC");
}

/** Noon UTC of a forum day: an instant safely inside that day in any zone the forum may use. */
export const middayOf = (day: string) => new Date(`${day}T12:00:00Z`);
