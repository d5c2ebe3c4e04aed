import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { delegatesOf } from "@/db/meetings";
import { forums } from "@/db/schema";
import type { StandingMeeting } from "@/db/standing-meetings";
import { localized } from "@/lib/i18n/localized";
import { enqueueSetupEmails, type SetupEmailKind } from "@/lib/notifications/setup-emails";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

/** Tells every delegate of both companies what the organiser did to their meeting, in their language. */
export async function notifyMeetingChange(
  kind: Extract<SetupEmailKind, "meetingCancelledByOrganiser" | "meetingTableChanged">,
  forumId: string,
  meeting: StandingMeeting,
  extra: Record<string, string>,
  db: Database,
): Promise<void> {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  if (!forum) return;
  const delegates = await delegatesOf([meeting.companyAId, meeting.companyBId], db);
  const at = new Date(meeting.startsAt);
  await enqueueSetupEmails(
    kind,
    delegates,
    (locale) => ({
      ...extra,
      companies: meeting.companies.join(" — "),
      when: `${formatDay(at, locale, forum.timeZone)}, ${formatTime(at, locale, forum.timeZone)} (${zoneLabel(localized(forum.city, locale), forum.timeZone, at)})`,
    }),
    db,
  );
}
