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
  const suffix = `table-${result.meeting.tableNumber}-${result.meeting.startsAt.toISOString().slice(0, 16).replace(/[-:]/g, "")}`;
  return calendarDownload(result.text, { ascii: `meeting-${suffix}`, localized: `${names.meeting}-${suffix}` });
}
