import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { findMainContact } from "@/db/delegates";
import { listOrganisers } from "@/db/organisers";
import { findRequestParty } from "@/db/requests";
import { listUncoveredMeetings, type ScheduleMeetingRow } from "@/db/schedule";
import { forums, type Forum } from "@/db/schema";
import { findUserById } from "@/db/users";
import type { Locale } from "@/lib/i18n/routing";
import { emailZone, meetingWords } from "@/lib/notices/lines";
import { pageLink } from "@/lib/notifications/links";
import { enqueueEmails, type Translate } from "@/lib/notifications/outbox";

export interface TeamChange {
  companyId: string;
  /** The delegate who left or was removed. */
  departedUserId: string;
  /** The meetings they were taken off (releaseUpcomingSeats). */
  meetingIds: readonly string[];
}

function lines(meetings: readonly ScheduleMeetingRow[], forum: Forum, locale: Locale, t: Translate, page: (id: string) => `/${string}`): string {
  return meetings.map((m) => `- ${t("lines.uncovered", { ...meetingWords(m, locale, forum), link: pageLink(locale, page(m.id)) })}`).join("\n");
}

/**
 * When a delegate leaves or is removed and meetings still to come are left with nobody of
 * their company at the table, tells someone who can act, in the change's own transaction: the
 * company's main contact, who can send a colleague; the organisers when the company has no
 * main contact to tell (or it was the person who left). Nothing when every meeting keeps
 * someone. Returns the number of e-mails written.
 */
export async function notifyUncoveredMeetings(change: TeamChange, db: Database): Promise<number> {
  const uncovered = await listUncoveredMeetings(change.companyId, change.meetingIds, db);
  if (uncovered.length === 0) return 0;
  const [company, departed, mainContact] = await Promise.all([
    findRequestParty(change.companyId, db),
    findUserById(change.departedUserId, db),
    findMainContact(change.companyId, db),
  ]);
  if (!company) return 0;
  const [forum] = await db.select().from(forums).where(eq(forums.id, company.forumId));
  if (!forum) return 0;
  const values = (page: (id: string) => `/${string}`) => (r: { locale: Locale }, t: Translate) => ({
    company: company.name,
    person: departed?.fullName ?? "",
    zone: emailZone(forum, r.locale, uncovered[0]!.startsAt),
    lines: lines(uncovered, forum, r.locale, t, page),
  });
  if (mainContact && mainContact.id !== change.departedUserId) {
    return enqueueEmails("meetingsUncovered", [mainContact], values((id) => `/meetings/${id}`), db);
  }
  return enqueueEmails("meetingsUncoveredOrganisers", await listOrganisers(db), values((id) => `/organiser/meetings/${id}`), db);
}
