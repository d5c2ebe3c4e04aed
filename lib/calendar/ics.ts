import ical, { ICalAlarmType, ICalEventStatus } from "ical-generator";
import type { MeetingStatus } from "@/db/schema";

/** The right-hand side of every UID: fixed, so a calendar app recognises an event whichever URL served it. */
export const CALENDAR_UID_HOST = "passerelle.local";

export interface CalendarMeeting {
  id: string;
  status: MeetingStatus;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** The words of each event, already in the reader's language. */
export interface CalendarWords<M extends CalendarMeeting> {
  calendarName: string;
  summary(meeting: M): string;
  location(meeting: M): string;
  description(meeting: M): string;
  alarm(meeting: M): string;
}

export interface CalendarOptions {
  /** For a subscription: how often apps should fetch again, in seconds (REFRESH-INTERVAL). */
  refreshSeconds?: number;
  /** The page that shows the schedule, as an absolute URL. */
  url?: string;
}

export const meetingUid = (id: string) => `${id}@${CALENDAR_UID_HOST}`;

/**
 * An RFC 5545 calendar with one event per meeting. Times are written in UTC, so no VTIMEZONE
 * is needed and every app places them right; the description names the forum's local time.
 * ical-generator escapes, folds at 75 octets and ends lines with CRLF. DTSTAMP is the
 * meeting's last change, so the same meetings always give the same bytes.
 */
export function buildCalendar<M extends CalendarMeeting>(meetings: readonly M[], words: CalendarWords<M>, options: CalendarOptions = {}): string {
  const calendar = ical({
    prodId: { company: "Passerelle", product: "Schedule", language: "EN" },
    name: words.calendarName,
    // No METHOD: this is a calendar to keep, not an iTIP message (which would need an ORGANIZER).
    url: options.url ?? null,
    ttl: options.refreshSeconds ?? null,
  });
  for (const meeting of meetings) {
    const cancelled = meeting.status === "cancelled";
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      stamp: meeting.updatedAt,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: words.summary(meeting),
      location: words.location(meeting),
      description: words.description(meeting),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A cancelled meeting must not ring.
      alarms: cancelled ? [] : [{ type: ICalAlarmType.display, triggerBefore: 10 * 60, description: words.alarm(meeting) }],
    });
  }
  const text = calendar.toString();
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
