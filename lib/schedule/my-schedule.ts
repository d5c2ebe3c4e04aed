import { listBookmarkedSessions, listForumDays, type AgendaSessionRow } from "@/db/agenda";
import { getDb, type Database } from "@/db/client";
import { listMeetingsOfUser, listPartnerDelegates, type MeetingDelegate, type ScheduleMeetingRow } from "@/db/schedule";
import type { Forum, User } from "@/db/schema";
import { localDay } from "@/lib/time";
import { interleave, todayFirst, type ScheduleEntry } from "./days";

export type ScheduleMeeting = ScheduleMeetingRow & { delegates: MeetingDelegate[] };
export type ScheduleSession = AgendaSessionRow;

export interface ScheduleDay {
  day: string;
  isToday: boolean;
  entries: ScheduleEntry<ScheduleMeeting, ScheduleSession>[];
}

export interface MySchedule {
  timeZone: string;
  /** Today's forum day first (or the first day when the forum is not on), then the others. */
  days: ScheduleDay[];
  meetings: ScheduleMeeting[];
  sessions: ScheduleSession[];
}

/** The user's meetings, each with the other side's delegates: three queries whatever the count. */
export async function loadMeetingsWithDelegates(
  user: Pick<User, "id">,
  options: { includeCancelled?: boolean } = {},
  db: Database = getDb(),
): Promise<ScheduleMeeting[]> {
  const meetings = await listMeetingsOfUser(user.id, options, db);
  const delegates = await listPartnerDelegates(meetings, db);
  return meetings.map((m) => ({ ...m, delegates: delegates.get(m.id) ?? [] }));
}

/** A signed-in user's schedule for the forum, day by day, meetings and bookmarked sessions interleaved. */
export async function loadMySchedule(user: Pick<User, "id">, forum: Forum, now = new Date(), db: Database = getDb()): Promise<MySchedule> {
  const [forumDays, meetings, sessions] = await Promise.all([
    listForumDays(forum.id, db),
    loadMeetingsWithDelegates(user, {}, db),
    listBookmarkedSessions(user.id, forum.id, db),
  ]);
  const zone = forum.timeZone;
  const sessionDay = (s: ScheduleSession) => localDay(s.startsAt, zone);
  // A meeting or session outside the forum's days (an organiser moved the dates) still shows.
  const allDays = new Set([...forumDays.map((d) => d.day), ...meetings.map((m) => m.day), ...sessions.map(sessionDay)]);
  const today = localDay(now, zone);
  const days = todayFirst([...allDays], now, zone).map((day) => ({
    day,
    isToday: day === today,
    entries: interleave(
      meetings.filter((m) => m.day === day),
      sessions.filter((s) => sessionDay(s) === day),
    ),
  }));
  return { timeZone: zone, days, meetings, sessions };
}
