import { getCurrentForum } from "@/db/forums";
import { getCurrentUser } from "@/lib/auth/session";
import { calendarDownload, calendarError } from "@/lib/calendar/response";
import { calendarFileNames, scheduleCalendar } from "@/lib/schedule/calendar-export";
import { calendarLocale } from "@/lib/schedule/calendar-locale";

/** The signed-in user's whole schedule as one .ics file. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return calendarError(401);
  const forum = await getCurrentForum();
  if (!forum) return calendarError(404);
  const locale = calendarLocale(request, user.locale);
  const names = await calendarFileNames(locale);
  return calendarDownload(await scheduleCalendar(user, forum, locale), { ascii: "my-schedule", localized: names.schedule });
}
