import { formatTime } from "@/lib/time";
import "./schedule.css";

/** "10:00–10:30 UTC+1": always in the forum's zone, with the zone's offset named beside it. */
export function TimeRange({
  startsAt,
  endsAt,
  locale,
  timeZone,
  offset,
  small = false,
}: {
  startsAt: Date;
  endsAt: Date;
  locale: string;
  timeZone: string;
  /** e.g. "UTC+1". */
  offset: string;
  small?: boolean;
}) {
  return (
    <p className={small ? "sc-time sc-small" : "sc-time"}>
      {/* Left to right in Arabic too, where the digits and the dash would otherwise run backwards. */}
      <bdi dir="ltr">
        <time dateTime={startsAt.toISOString()}>{formatTime(startsAt, locale, timeZone)}</time>–
        <time dateTime={endsAt.toISOString()}>{formatTime(endsAt, locale, timeZone)}</time>
      </bdi>{" "}
      <small>{offset}</small>
    </p>
  );
}
