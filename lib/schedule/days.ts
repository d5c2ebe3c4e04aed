import { localDay } from "@/lib/time";

/**
 * The day to show first: the forum day that is today in the forum's zone (not the device's),
 * else the first day. A forum is "on" only on its own days.
 */
export function currentForumDay(days: readonly string[], now: Date, timeZone: string): string | null {
  const today = localDay(now, timeZone);
  return days.includes(today) ? today : ([...days].sort()[0] ?? null);
}

/** Today's day first, then the others in calendar order. */
export function todayFirst(days: readonly string[], now: Date, timeZone: string): string[] {
  const first = currentForumDay(days, now, timeZone);
  const sorted = [...days].sort();
  return first ? [first, ...sorted.filter((d) => d !== first)] : sorted;
}

export interface Timed {
  startsAt: Date;
  endsAt: Date;
}

export type ScheduleEntry<M extends Timed, S extends Timed> = { kind: "meeting"; item: M } | { kind: "session"; item: S };

/**
 * Meetings and bookmarked sessions of one day in one time line: by start, then by end; at
 * the same time a meeting comes before a session (the meeting is the appointment).
 */
export function interleave<M extends Timed, S extends Timed>(meetings: readonly M[], sessions: readonly S[]): ScheduleEntry<M, S>[] {
  const entries: ScheduleEntry<M, S>[] = [
    ...meetings.map((item) => ({ kind: "meeting" as const, item })),
    ...sessions.map((item) => ({ kind: "session" as const, item })),
  ];
  return entries.sort(
    (a, b) =>
      a.item.startsAt.getTime() - b.item.startsAt.getTime() ||
      a.item.endsAt.getTime() - b.item.endsAt.getTime() ||
      (a.kind === b.kind ? 0 : a.kind === "meeting" ? -1 : 1),
  );
}
