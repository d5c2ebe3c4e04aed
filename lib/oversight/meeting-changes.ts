import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { findCurrentForum } from "@/db/forums";
import { listOrganiserMeetings, type OrganiserMeeting } from "@/db/meeting-grid";
import { cancelMeetingRow, delegatesOf, findFreeTables, findMeeting, findSlot, findTable, lockSlot, moveMeetingRow } from "@/db/meetings";
import type { Meeting, User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { bookingConflict } from "@/lib/booking/errors";
import { PublicError } from "@/lib/errors";
import { recordOrganiserChange } from "@/lib/notices/record";
import type { CancelMeetingByOrganiserInput, MoveMeetingByOrganiserInput } from "@/lib/schemas/oversight";

// When the organiser leaves the table to us, a lost race for one is retried on the next.
const tableAttempts = 3;

/** The meeting as the audit log keeps it: where and when, readable without joins. */
function snapshot(m: Pick<OrganiserMeeting, "status" | "slotId" | "startsAt" | "tableId" | "tableNumber">) {
  return { status: m.status, slotId: m.slotId, startsAt: m.startsAt.toISOString(), tableId: m.tableId, tableNumber: m.tableNumber };
}

async function loadForOrganiser(user: User | null, meetingId: string, db: Database) {
  assertOrganiser(user);
  const forum = await findCurrentForum(db);
  if (!forum) throw new PublicError("notFound", 404);
  const [meeting] = await listOrganiserMeetings(forum.id, { meetingId }, db);
  if (!meeting) {
    const any = await findMeeting(meetingId, db);
    throw any && any.forumId === forum.id ? new PublicError("meetingNotScheduled", 409) : new PublicError("notFound", 404);
  }
  if (meeting.status !== "scheduled") throw new PublicError("meetingNotScheduled", 409);
  return { user, forum, meeting };
}

/**
 * An organiser moves a meeting to another slot and, if they choose one, another table. The
 * same database rules as every booking decide: a table or a delegate already taken refuses
 * the move with a plain message. The move, its audit entry and the change kept for every
 * delegate's next schedule digest are one transaction.
 */
export async function moveMeetingAsOrganiser(user: User | null, input: MoveMeetingByOrganiserInput, db: Database = getDb()): Promise<Meeting> {
  const { forum, meeting, user: organiser } = await loadForOrganiser(user, input.meetingId, db);
  const slot = await findSlot(input.slotId, db);
  if (!slot || slot.forumId !== forum.id) throw new PublicError("notFound", 404, "slotId");
  const chosen = input.tableId ? await findTable(input.tableId, db) : null;
  if (input.tableId && (!chosen || chosen.forumId !== forum.id)) throw new PublicError("notFound", 404, "tableId");
  if (slot.id === meeting.slotId && (!chosen || chosen.id === meeting.tableId)) throw new PublicError("sameSlotAndTable", 409, "slotId");

  const userIds = (await delegatesOf([meeting.a.id, meeting.b.id], db)).map((d) => d.id);
  for (let attempt = 0; attempt < (chosen ? 1 : tableAttempts); attempt++) {
    const table = chosen ?? (await findFreeTables(forum.id, slot.id, userIds, db))[0];
    if (!table) throw new PublicError("noTableLeft", 409, "slotId");
    try {
      return await db.transaction(async (tx) => {
        await lockSlot(slot.id, tx);
        const moved = await moveMeetingRow(meeting.id, slot.id, table.id, tx);
        if (!moved) throw new PublicError("meetingNotScheduled", 409);
        const after = { status: moved.status, slotId: slot.id, startsAt: slot.startsAt, tableId: table.id, tableNumber: table.number };
        await recordAudit(
          { forumId: forum.id, actorId: organiser.id, action: "meeting.move", entity: "meeting", entityId: meeting.id, before: snapshot(meeting), after: snapshot(after) },
          tx,
        );
        await recordOrganiserChange(moved, "moved", { startsAt: meeting.startsAt, tableNumber: meeting.tableNumber }, tx);
        return moved;
      });
    } catch (error) {
      const conflict = bookingConflict(error);
      if (conflict?.code === "tableTaken" && !chosen) continue;
      if (conflict) throw new PublicError(conflict.code, 409, conflict.code === "tableTaken" ? "tableId" : "slotId");
      throw error;
    }
  }
  throw new PublicError("noTableLeft", 409, "slotId");
}

/**
 * An organiser cancels a meeting; the request stays accepted, so it can be placed again. Both
 * sides hear of it in their next schedule digest.
 */
export async function cancelMeetingAsOrganiser(user: User | null, input: CancelMeetingByOrganiserInput, db: Database = getDb()): Promise<Meeting> {
  const { forum, meeting, user: organiser } = await loadForOrganiser(user, input.meetingId, db);
  return db.transaction(async (tx) => {
    const cancelled = await cancelMeetingRow(meeting.id, tx);
    if (!cancelled) throw new PublicError("meetingNotScheduled", 409);
    await recordAudit(
      {
        forumId: forum.id,
        actorId: organiser.id,
        action: "meeting.cancel",
        entity: "meeting",
        entityId: meeting.id,
        before: snapshot(meeting),
        after: { ...snapshot(meeting), status: cancelled.status },
      },
      tx,
    );
    await recordOrganiserChange(cancelled, "cancelled", null, tx);
    return cancelled;
  });
}
