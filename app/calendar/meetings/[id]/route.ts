import { z } from "zod";
import { getCurrentForum } from "@/db/forums";
import { getCurrentUser } from "@/lib/auth/session";
import { calendarDownload, calendarError } from "@/lib/calendar/response";
import { calendarFileNames, meetingCalendar } from "@/lib/schedule/calendar-export";
import { calendarLocale } from "@/lib/schedule/calendar-locale";
import { utcToZoned } from "@/lib/time-input";

const meetingId = z.uuid();

/** One meeting as an .ics file, for a delegate of either side; anyone else gets a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return calendarError(401);
  const id = meetingId.safeParse((await params).id);
  const forum = await getCurrentForum();
  if (!id.success || !forum) return calendarError(404);
  const locale = calendarLocale(request, user.locale);
  const result = await meetingCalendar(user, id.data, forum, locale);
  if (!result) return calendarError(404);
  const names = await calendarFileNames(locale);
  // The start as the schedule shows it, in the forum's time: "20261208-1000", not UTC.
  const start = utcToZoned(result.meeting.startsAt, forum.timeZone);
  const suffix = `table-${result.meeting.tableNumber}-${start.day.replaceAll("-", "")}-${start.time.replace(":", "")}`;
  return calendarDownload(result.text, { ascii: `meeting-${suffix}`, localized: `${names.meeting}-${suffix}` });
}
