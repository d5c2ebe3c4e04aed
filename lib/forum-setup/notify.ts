import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { delegatesOf } from "@/db/meetings";
import { forums } from "@/db/schema";
import type { StandingMeeting } from "@/db/standing-meetings";
import { localized } from "@/lib/i18n/localized";
import { enqueueSetupEmails } from "@/lib/notifications/setup-emails";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

/**
 * Tells every delegate of both companies, in their language, that a re-cut of the slots
 * cancelled their meeting. An e-mail now rather than a line in the schedule digest: the
 * re-cut deletes the cancelled meeting with its slot, and its pending changes with it, in the
 * same transaction, so the digest would have nothing left to tell.
 */
export async function notifyRecutCancellation(forumId: string, meeting: StandingMeeting, db: Database): Promise<void> {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  if (!forum) return;
  const delegates = await delegatesOf([meeting.companyAId, meeting.companyBId], db);
  const at = new Date(meeting.startsAt);
  await enqueueSetupEmails(
    "meetingCancelledByOrganiser",
    delegates,
    (locale) => ({
      companies: meeting.companies.join(" — "),
      when: `${formatDay(at, locale, forum.timeZone)}, ${formatTime(at, locale, forum.timeZone)} (${zoneLabel(localized(forum.city, locale), forum.timeZone, at)})`,
    }),
    db,
  );
}
