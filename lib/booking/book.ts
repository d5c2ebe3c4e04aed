import { getDb, type Database } from "@/db/client";
import { findCurrentForum } from "@/db/forums";
import { delegatesOf, findFreeSlots, findFreeTables, findLiveMeetingOfRequest, findMeeting, findSlot, insertMeeting, lockSlot } from "@/db/meetings";
import { findRequest, findRequestParty } from "@/db/requests";
import type { Forum, Meeting, MeetingRequest, User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { requireApprovedCompany, sideOf } from "@/lib/requests/rules";
import { bookingConflict } from "./errors";
import { needsInterpreter } from "./interpreter";
import { tellOtherSide } from "./notify";

// A lost race for a table is retried on the next free table before giving up.
const tableAttempts = 3;

/** Delegates may book, move and cancel their meetings themselves now (assertSelfServiceOpen says why not). */
export function selfServiceOpen(forum: Forum, now = new Date()): boolean {
  return forum.bookingMode !== "organiser" && !forum.scheduleLocked && !(forum.selfBookingClosesAt && forum.selfBookingClosesAt <= now);
}

export function assertSelfServiceOpen(forum: Forum, now = new Date()) {
  if (forum.bookingMode === "organiser") throw new PublicError("selfBookingOff", 403);
  if (forum.scheduleLocked) throw new PublicError("scheduleLocked", 409);
  if (forum.selfBookingClosesAt && forum.selfBookingClosesAt <= now) throw new PublicError("selfBookingClosed", 409);
}

/** An accepted request the user's company is part of, with everyone who will sit at it. */
export async function loadBookableRequest(user: User | null, requestId: string, db: Database) {
  const company = await requireApprovedCompany(user, db);
  const request = await findRequest(requestId, db);
  if (!request || request.forumId !== company.forumId) throw new PublicError("notFound", 404);
  const side = sideOf(user!, request);
  if (request.status !== "accepted") throw new PublicError("requestNotAccepted", 409);
  // The other company may have been rejected since it accepted: it takes part in nothing now.
  const partner = await findRequestParty(side === "sender" ? request.toCompanyId : request.fromCompanyId, db);
  if (partner?.status !== "approved") throw new PublicError("partnerNotApproved", 409);
  const attendees = await delegatesOf([request.fromCompanyId, request.toCompanyId], db);
  return { request, attendees };
}

export async function freeSlotsForRequest(user: User | null, requestId: string, db: Database = getDb()) {
  const { request, attendees } = await loadBookableRequest(user, requestId, db);
  return findFreeSlots(request.forumId, attendees.map((a) => a.id), db);
}

/**
 * Books an accepted request into a slot. The checks here give clear messages; the
 * database's constraints decide races: of many bookings for one delegate's slot or one
 * last table, exactly one is written. The other company is told in the same transaction.
 */
export async function bookMeeting(
  user: User | null,
  input: { requestId: string; slotId: string },
  db: Database = getDb(),
): Promise<Meeting> {
  const forum = await findCurrentForum(db);
  if (!forum) throw new PublicError("notFound", 404);
  assertSelfServiceOpen(forum);
  const { request, attendees } = await loadBookableRequest(user, input.requestId, db);
  const slot = await findSlot(input.slotId, db);
  if (!slot || slot.forumId !== request.forumId) throw new PublicError("notFound", 404, "slotId");
  if (await findLiveMeetingOfRequest(request.id, db)) throw new PublicError("alreadyBooked", 409);
  const userIds = attendees.map((a) => a.id);

  for (let attempt = 0; attempt < tableAttempts; attempt++) {
    const [table] = await findFreeTables(request.forumId, slot.id, userIds, db);
    if (!table) throw new PublicError("noTableLeft", 409);
    try {
      return await db.transaction(async (tx) => {
        await lockSlot(slot.id, tx);
        const meeting = await insertFor(request, slot.id, table.id, attendees, user!, tx);
        await tellOtherSide({ forum, meeting, actor: user! }, tx);
        return meeting;
      });
    } catch (error) {
      const conflict = bookingConflict(error);
      if (conflict?.code === "tableTaken") continue;
      if (conflict) throw conflict;
      throw error;
    }
  }
  throw new PublicError("noTableLeft", 409);
}

async function insertFor(
  request: MeetingRequest,
  slotId: string,
  tableId: string,
  attendees: Awaited<ReturnType<typeof delegatesOf>>,
  user: User,
  tx: Database,
) {
  const a = attendees.filter((d) => d.companyId === request.fromCompanyId);
  const b = attendees.filter((d) => d.companyId === request.toCompanyId);
  return insertMeeting(
    {
      forumId: request.forumId,
      requestId: request.id,
      slotId,
      tableId,
      companyAId: request.fromCompanyId,
      companyBId: request.toCompanyId,
      interpreterNeeded: needsInterpreter(a, b),
      origin: "self",
      createdBy: user.id,
      attendees: attendees.map((d) => ({ userId: d.id, companyId: d.companyId! })),
    },
    tx,
  );
}

export async function loadOwnMeeting(user: User | null, meetingId: string, db: Database) {
  const company = await requireApprovedCompany(user, db);
  const meeting = await findMeeting(meetingId, db);
  if (!meeting || (meeting.companyAId !== company.id && meeting.companyBId !== company.id)) throw new PublicError("notFound", 404);
  return meeting;
}
