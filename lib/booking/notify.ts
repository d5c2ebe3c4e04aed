import type { Database } from "@/db/client";
import { findSlot, findTable } from "@/db/meetings";
import { companyRecipients, findRequestParty } from "@/db/requests";
import type { Forum, Meeting, Slot, User } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { formatDay, formatTimeRange, zoneLabel } from "@/lib/time";

function when(slot: Pick<Slot, "day" | "startsAt" | "endsAt">, locale: string, timeZone: string) {
  return `${formatDay(slot.day, locale, timeZone)}, ${formatTimeRange(slot.startsAt, slot.endsAt, locale, timeZone)}`;
}

/**
 * Tells the other company's delegates of a meeting just booked, each in their own language and
 * in the forum's zone, inside the booking's transaction. Moves and cancellations go to the
 * schedule-change digest instead (lib/notices).
 */
export async function tellOtherSide({ forum, meeting, actor }: { forum: Forum; meeting: Meeting; actor: User }, tx: Database): Promise<void> {
  const otherId = actor.companyId === meeting.companyAId ? meeting.companyBId : meeting.companyAId;
  const [recipients, by, slot, table] = await Promise.all([
    companyRecipients(otherId, tx),
    actor.companyId ? findRequestParty(actor.companyId, tx) : null,
    findSlot(meeting.slotId, tx),
    findTable(meeting.tableId, tx),
  ]);
  if (!slot) return;
  const tz = forum.timeZone;
  await enqueueEmails(
    "meetingBooked",
    recipients,
    ({ locale }) => ({
      by: by?.name ?? actor.fullName,
      when: when(slot, locale, tz),
      table: String(table?.number ?? ""),
      zone: zoneLabel(localized(forum.city, locale), tz, slot.startsAt),
    }),
    tx,
  );
}
