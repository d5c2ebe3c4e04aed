import { getDb, type Database } from "@/db/client";
import { findMeeting } from "@/db/meetings";
import type { Meeting, User } from "@/db/schema";
import { deleteSeat, insertSeat, listCompanySeats, lockMeetingForSeats, seatObstacles, type LockedMeeting } from "@/db/seats";
import { PublicError } from "@/lib/errors";
import { requireApprovedCompany } from "@/lib/requests/rules";
import { bookingConflict } from "./errors";
import { settleSeatChange } from "./seat-change";

/**
 * Who sits at a meeting already booked changes only while it is still to come: a meeting
 * under way, held, missed or cancelled keeps the people it had.
 */
export function seatsChangeable(meeting: Pick<Meeting, "status"> & { startsAt: Date }, now: Date = new Date()): boolean {
  return meeting.status === "scheduled" && meeting.startsAt.getTime() > now.getTime();
}

function assertChangeable(meeting: LockedMeeting, now: Date) {
  if (meeting.status !== "scheduled") throw new PublicError("seatMeetingNotScheduled", 409);
  if (!seatsChangeable(meeting, now)) throw new PublicError("seatMeetingStarted", 409);
}

/** A delegate of an approved company, and a meeting of that company; anyone else learns nothing of it. */
async function loadSeatContext(user: User | null, meetingId: string, db: Database) {
  const company = await requireApprovedCompany(user, db);
  const meeting = await findMeeting(meetingId, db);
  if (!meeting || meeting.forumId !== company.forumId || (meeting.companyAId !== company.id && meeting.companyBId !== company.id)) {
    throw new PublicError("notFound", 404);
  }
  return { user: user!, companyId: company.id };
}

/**
 * A delegate takes a seat at a meeting of their company already booked (they joined after
 * it was booked, or a colleague left it). The checks give clear messages; the database
 * decides a race: of two seats taken by one person at the same time, one is written. The
 * seat, its audit entry, its notice and the meeting's interpreter need are one transaction.
 */
export async function takeSeat(user: User | null, input: { meetingId: string }, db: Database = getDb(), now: Date = new Date()): Promise<void> {
  const { user: delegate, companyId } = await loadSeatContext(user, input.meetingId, db);
  try {
    await db.transaction(async (tx) => {
      const meeting = await lockMeetingForSeats(input.meetingId, tx);
      if (!meeting) throw new PublicError("notFound", 404);
      assertChangeable(meeting, now);
      const seated = await listCompanySeats(meeting.id, companyId, tx);
      if (seated.some((s) => s.userId === delegate.id)) throw new PublicError("alreadySeated", 409);
      const { unavailable, busy } = await seatObstacles(meeting.id, delegate.id, tx);
      if (unavailable) throw new PublicError("seatUnavailable", 409);
      if (busy) throw new PublicError("seatBusy", 409);
      await insertSeat(meeting.id, delegate.id, companyId, tx);
      await settleSeatChange({ meeting, delegate, companyId, kind: "seated", action: "seat.take", seatedBefore: seated }, tx);
    });
  } catch (error) {
    throw seatConflict(error) ?? error;
  }
}

/**
 * A seated delegate gives up their seat, as long as a colleague stays at the table: a
 * company is never left with nobody at a meeting it booked. The meeting's lock makes two
 * colleagues giving up at once take turns, so the second is refused.
 */
export async function giveUpSeat(user: User | null, input: { meetingId: string }, db: Database = getDb(), now: Date = new Date()): Promise<void> {
  const { user: delegate, companyId } = await loadSeatContext(user, input.meetingId, db);
  await db.transaction(async (tx) => {
    const meeting = await lockMeetingForSeats(input.meetingId, tx);
    if (!meeting) throw new PublicError("notFound", 404);
    assertChangeable(meeting, now);
    const seated = await listCompanySeats(meeting.id, companyId, tx);
    if (!seated.some((s) => s.userId === delegate.id)) throw new PublicError("notSeated", 409);
    if (seated.length < 2) throw new PublicError("lastSeatOfCompany", 409);
    if (!(await deleteSeat(meeting.id, delegate.id, tx))) throw new PublicError("notSeated", 409);
    await settleSeatChange({ meeting, delegate, companyId, kind: "unseated", action: "seat.giveUp", seatedBefore: seated }, tx);
  });
}

/** A lost race, told as the seat's own words: busy elsewhere, blocked, or seated already. */
function seatConflict(error: unknown): PublicError | null {
  if (error instanceof PublicError) return error;
  const conflict = bookingConflict(error);
  if (!conflict) return null;
  if (conflict.code === "attendeeBusy") return new PublicError("seatBusy", 409);
  if (conflict.code === "attendeeUnavailable") return new PublicError("seatUnavailable", 409);
  if (conflict.code === "alreadyBooked") return new PublicError("alreadySeated", 409);
  return conflict;
}
