import { z } from "zod";
import { getCurrentForum } from "@/db/forums";
import { getCurrentUser } from "@/lib/auth/session";
import { calendarDownload, calendarError } from "@/lib/calendar/response";
import { calendarFileNames, meetingCalendar } from "@/lib/schedule/calendar-export";
import { calendarLocale } from "@/lib/schedule/calendar-locale";

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
  const local = new Intl.DateTimeFormat("en-CA", { timeZone: forum.timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(result.meeting.startsAt)
    .reduce<Record<string, string>>((parts, part) => ({ ...parts, [part.type]: part.value }), {});
  const suffix = `table-${result.meeting.tableNumber}-${local.year}${local.month}${local.day}-${local.hour}${local.minute}`;
  return calendarDownload(result.text, { ascii: `meeting-${suffix}`, localized: `${names.meeting}-${suffix}` });
}
