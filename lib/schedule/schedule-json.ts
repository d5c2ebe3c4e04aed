import type { MySchedule, ScheduleMeeting, ScheduleSession } from "./my-schedule";

/** A meeting as the JSON API gives it: instants in UTC (ISO 8601), the day in the forum's zone. */
export function meetingJson(m: ScheduleMeeting) {
  return {
    id: m.id,
    day: m.day,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    status: m.status,
    sequence: m.sequence,
    interpreterNeeded: m.interpreterNeeded,
    table: { number: m.tableNumber, zone: m.tableZone, room: m.room },
    company: m.partner,
    delegates: m.delegates.map((d) => ({ fullName: d.fullName, jobTitle: d.jobTitle, languages: d.languages })),
    calendarUrl: `/calendar/meetings/${m.id}`,
  };
}

export function sessionJson(s: ScheduleSession) {
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    room: s.room,
    sector: s.sectorCode,
    speakers: s.speakers,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
  };
}

/** The body of GET /api/v1/me/schedule (described in lib/api/openapi-schedule.ts). */
export function scheduleJson(schedule: MySchedule) {
  return {
    timeZone: schedule.timeZone,
    days: schedule.days.map((d) => ({
      day: d.day,
      isToday: d.isToday,
      items: d.entries.map((e) => ({ type: e.kind, id: e.item.id })),
    })),
    meetings: schedule.meetings.map(meetingJson),
    sessions: schedule.sessions.map(sessionJson),
  };
}
