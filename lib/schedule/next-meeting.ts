import { localDay } from "@/lib/time";

interface Timed {
  status: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The meeting to show at the top of the phone page: today's (forum time) meeting under way,
 * else the next one today; null when none is left today. Cancelled meetings never count.
 */
export function nextMeetingToday<M extends Timed>(meetings: readonly M[], now: Date, timeZone: string): { meeting: M; underway: boolean } | null {
  const today = localDay(now, timeZone);
  const meeting = meetings
    .filter((m) => m.status === "scheduled" && m.endsAt > now && localDay(m.startsAt, timeZone) === today)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return meeting ? { meeting, underway: meeting.startsAt <= now } : null;
}
