import type { ScheduleChangeKind } from "@/db/schema";

export interface ChangeRecord {
  meetingId: string;
  kind: ScheduleChangeKind;
  previousStartsAt: Date | null;
  previousTableNumber?: number | null;
  byOrganiser?: boolean;
  /** Whose seat a seated or unseated change is. */
  seatUserId?: string | null;
  createdAt: Date;
}

export interface MeetingNow {
  id: string;
  status: string;
  startsAt: Date;
  tableNumber?: number;
}

/** A move that kept the time but not the table reads as a change of table. */
export type ChangeLineKind = ScheduleChangeKind | "tableChanged";

export interface ChangeLine<M extends MeetingNow> {
  kind: ChangeLineKind;
  meeting: M;
  /** For a move: where the meeting stood before the first change of the batch. */
  previousStartsAt: Date | null;
  /** For a change of table: the table before the first change of the batch. */
  previousTableNumber?: number | null;
  /** The organisers made the change the line tells of. */
  byOrganiser?: boolean;
  /** For a seat taken or given up: whose. */
  seatUserId?: string;
}

/** Whether the person sits at the meeting now; without it, their last change in the batch says. */
export type SeatedNow = (meetingId: string, userId: string) => boolean;

/**
 * Several changes to one meeting become one line saying where it ends up: cancelled if it
 * is cancelled now, moved (from its first known place) if it moved, at another table if only
 * its table changed, else newly published. A meeting moved and moved back says nothing.
 * Then, for a meeting still on, one line per person who took or gave up a seat there.
 * Lines are in time order.
 */
export function summariseChanges<M extends MeetingNow>(changes: readonly ChangeRecord[], meetings: readonly M[], seatedNow?: SeatedNow): ChangeLine<M>[] {
  const byMeeting = new Map<string, ChangeRecord[]>();
  for (const change of [...changes].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    byMeeting.set(change.meetingId, [...(byMeeting.get(change.meetingId) ?? []), change]);
  }
  const lines: ChangeLine<M>[] = [];
  for (const [meetingId, list] of byMeeting) {
    const meeting = meetings.find((m) => m.id === meetingId);
    if (!meeting) continue;
    if (meeting.status === "cancelled") {
      lines.push({ kind: "cancelled", meeting, previousStartsAt: null, byOrganiser: list.some((c) => c.kind === "cancelled" && c.byOrganiser) });
      continue;
    }
    const moves = list.filter((c) => c.kind === "moved" && c.previousStartsAt);
    const firstMove = moves[0];
    const byOrganiser = moves.some((c) => c.byOrganiser);
    const published = list.some((c) => c.kind === "published");
    if (published && (!firstMove || list.indexOf(firstMove) > list.findIndex((c) => c.kind === "published"))) {
      // Published then moved within the batch: the delegate only needs to know where it is.
      lines.push({ kind: "published", meeting, previousStartsAt: null });
    } else if (firstMove && firstMove.previousStartsAt!.getTime() !== meeting.startsAt.getTime()) {
      lines.push({ kind: "moved", meeting, previousStartsAt: firstMove.previousStartsAt, byOrganiser });
    } else if (firstMove && firstMove.previousTableNumber != null && firstMove.previousTableNumber !== meeting.tableNumber) {
      lines.push({ kind: "tableChanged", meeting, previousStartsAt: null, previousTableNumber: firstMove.previousTableNumber, byOrganiser });
    }
    lines.push(...seatLines(list, meeting, seatedNow));
  }
  return lines.sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime());
}

function seatLines<M extends MeetingNow>(list: readonly ChangeRecord[], meeting: M, seatedNow?: SeatedNow): ChangeLine<M>[] {
  const seatChanges = list.filter((c) => (c.kind === "seated" || c.kind === "unseated") && c.seatUserId);
  const people = [...new Set(seatChanges.map((c) => c.seatUserId!))];
  return people.flatMap((person) => {
    const own = seatChanges.filter((c) => c.seatUserId === person);
    const first = own[0]!;
    const seated = seatedNow ? seatedNow(meeting.id, person) : own[own.length - 1]!.kind === "seated";
    // A seat taken and given up again (or the reverse) leaves the table as it was: nothing to tell.
    return (first.kind === "seated") === seated ? [{ kind: first.kind, meeting, previousStartsAt: null, seatUserId: person }] : [];
  });
}
