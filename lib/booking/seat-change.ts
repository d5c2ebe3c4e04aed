import { recordAudit } from "@/db/audit";
import type { Database } from "@/db/client";
import { refreshMeetingInterpreterNeed } from "@/db/meetings";
import { findRequestParty } from "@/db/requests";
import type { User } from "@/db/schema";
import { listCompanySeats, type LockedMeeting } from "@/db/seats";
import { recordSeatChange } from "@/lib/notices/record";

export interface SeatChange {
  meeting: LockedMeeting;
  delegate: User;
  companyId: string;
  kind: "seated" | "unseated";
  /** The audit log's action: "seat.take" or "seat.giveUp". */
  action: string;
  /** The company's delegates seated before the change. */
  seatedBefore: readonly { fullName: string }[];
}

/**
 * What follows a seat taken or given up, in its transaction: the meeting's interpreter need
 * for the people now at the table, an entry in the organisers' log (who sits for the company,
 * before and after), and a notice to everyone else seated there, the other side included.
 */
export async function settleSeatChange(change: SeatChange, tx: Database): Promise<void> {
  const { meeting, delegate, companyId } = change;
  const partnerId = meeting.companyAId === companyId ? meeting.companyBId : meeting.companyAId;
  const [seatedAfter, own, partner] = await Promise.all([listCompanySeats(meeting.id, companyId, tx), findRequestParty(companyId, tx), findRequestParty(partnerId, tx)]);
  const interpreterNeeded = await refreshMeetingInterpreterNeed(meeting.id, tx);
  const context = { startsAt: meeting.startsAt.toISOString(), company: own?.name ?? "", partner: partner?.name ?? "" };
  await recordAudit(
    {
      forumId: meeting.forumId,
      actorId: delegate.id,
      action: change.action,
      entity: "meeting",
      entityId: meeting.id,
      before: { ...context, seated: change.seatedBefore.map((s) => s.fullName), interpreterNeeded: meeting.interpreterNeeded },
      after: { ...context, seated: seatedAfter.map((s) => s.fullName), interpreterNeeded },
    },
    tx,
  );
  await recordSeatChange(meeting, change.kind, delegate.id, tx);
}
