import { formatTime } from "@/lib/time";

/** "10:00–10:30 UTC+1": always in the forum's zone, with the zone's offset named beside it. */
export function TimeRange({
  startsAt,
  endsAt,
  locale,
  timeZone,
  offset,
  className = "text-2xl font-bold",
}: {
  startsAt: Date;
  endsAt: Date;
  locale: string;
  timeZone: string;
  /** e.g. "UTC+1". */
  offset: string;
  className?: string;
}) {
  return (
    <p className={`tabular-nums text-slate-950 ${className}`}>
      <time dateTime={startsAt.toISOString()}>{formatTime(startsAt, locale, timeZone)}</time>–
      <time dateTime={endsAt.toISOString()}>{formatTime(endsAt, locale, timeZone)}</time>{" "}
      <span className="text-base font-semibold text-slate-800">{offset}</span>
    </p>
  );
}
