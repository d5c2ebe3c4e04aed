import { findCurrentForum } from "@/db/forums";
import { calendarError, calendarFeed } from "@/lib/calendar/response";
import { isLocale } from "@/lib/i18n/routing";
import { scheduleCalendar } from "@/lib/schedule/calendar-export";
import { userOfFeedToken } from "@/lib/schedule/calendar-feed";

/** A calendar app polls this URL; it has no session, so the secret in the URL is the key. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const user = await userOfFeedToken((await params).token);
  const forum = user ? await findCurrentForum() : null;
  if (!user || !forum) return calendarError(404);
  const text = await scheduleCalendar(user, forum, isLocale(user.locale) ? user.locale : "fr", { feed: true });
  return calendarFeed(text, request, 300);
}
