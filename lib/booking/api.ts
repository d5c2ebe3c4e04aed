import type { Database } from "@/db/client";
import { getDb } from "@/db/client";
import { findSlot, findTable, type FreeSlot } from "@/db/meetings";
import type { Meeting } from "@/db/schema";
import type { ErrorScopes } from "@/lib/requests/api";

/** Booking codes first, then the request rules booking shares (noCompany, companyNotApproved...). */
export const bookingScopes: ErrorScopes = ["booking.errors", "requestErrors"];

export function freeSlotJson(slot: FreeSlot) {
  return { id: slot.id, day: slot.day, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), freeTables: slot.freeTables };
}

/** A meeting as the API shows it, with its slot's times and its table's number. */
export async function meetingJson(meeting: Meeting, db: Database = getDb()) {
  const [slot, table] = await Promise.all([findSlot(meeting.slotId, db), findTable(meeting.tableId, db)]);
  return {
    id: meeting.id,
    requestId: meeting.requestId,
    status: meeting.status,
    slotId: meeting.slotId,
    day: slot?.day ?? null,
    startsAt: slot?.startsAt.toISOString() ?? null,
    endsAt: slot?.endsAt.toISOString() ?? null,
    table: { id: meeting.tableId, number: table?.number ?? null, zone: table?.zone ?? null },
    companyIds: [meeting.companyAId, meeting.companyBId],
    interpreterNeeded: meeting.interpreterNeeded,
    sequence: meeting.sequence,
    calendarUrl: `/calendar/meetings/${meeting.id}`,
  };
}
