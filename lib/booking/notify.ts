import type { Database } from "@/db/client";
import { findSlot, findTable } from "@/db/meetings";
import { companyRecipients, findRequestParty } from "@/db/requests";
import type { Forum, Meeting, Slot, User } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

type Change = "meetingBooked" | "meetingMoved" | "meetingCancelled";

function when(slot: Pick<Slot, "day" | "startsAt" | "endsAt">, locale: string, timeZone: string) {
  return `${formatDay(slot.day, locale, timeZone)}, ${formatTime(slot.startsAt, locale, timeZone)}–${formatTime(slot.endsAt, locale, timeZone)}`;
}

/**
 * Tells the other company's delegates of a change to their meeting, each in their own
 * language and in the forum's zone, inside the change's transaction.
 */
export async function tellOtherSide(
  change: Change,
  { forum, meeting, actor, previousSlotId }: { forum: Forum; meeting: Meeting; actor: User; previousSlotId?: string },
  tx: Database,
): Promise<void> {
  const otherId = actor.companyId === meeting.companyAId ? meeting.companyBId : meeting.companyAId;
  const [recipients, by, slot, table, previous] = await Promise.all([
    companyRecipients(otherId, tx),
    actor.companyId ? findRequestParty(actor.companyId, tx) : null,
    findSlot(meeting.slotId, tx),
    findTable(meeting.tableId, tx),
    previousSlotId ? findSlot(previousSlotId, tx) : null,
  ]);
  if (!slot) return;
  const tz = forum.timeZone;
  await enqueueEmails(
    change,
    recipients,
    ({ locale }) => ({
      by: by?.name ?? actor.fullName,
      when: when(slot, locale, tz),
      previous: previous ? when(previous, locale, tz) : "",
      table: String(table?.number ?? ""),
      zone: zoneLabel(localized(forum.city, locale), tz, slot.startsAt),
    }),
    tx,
  );
}
