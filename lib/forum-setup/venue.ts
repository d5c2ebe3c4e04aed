import { and, count, eq, max } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { isForeignKeyViolation, isUniqueViolation } from "@/db/errors";
import { delegatesOf, findFreeTables, lockSlot, moveMeetingRow } from "@/db/meetings";
import { meetingTables, rooms, type MeetingTable, type Room, type User } from "@/db/schema";
import { listStandingMeetings, type StandingMeeting } from "@/db/standing-meetings";
import { findRoomInForum, findTableInForum } from "@/db/venue";
import { assertOrganiser } from "@/lib/auth/permissions";
import { bookingConflict } from "@/lib/booking/errors";
import { PublicError } from "@/lib/errors";
import { recordOrganiserChange } from "@/lib/notices/record";
import type { AddTablesInput, RoomInput, TableStateInput, UpdateTableInput } from "@/lib/schemas/venue";
import { changedFields } from "./diff";
import { lockForum } from "./recut";

const audit = (user: User, forumId: string, action: string, entity: string, entityId: string | null, before: unknown, after: unknown, db: Database) =>
  recordAudit({ forumId, actorId: user.id, action, entity, entityId, before, after }, db);

export async function saveRoom(user: User | null, forumId: string, input: RoomInput, db: Database = getDb()): Promise<Room> {
  assertOrganiser(user);
  return db.transaction(async (tx) => {
    // One room's saves after another's, so two rooms cannot both take a name at once.
    await lockForum(forumId, tx);
    const sameName = await roomNamedLike(forumId, input, tx);
    if (sameName) throw new PublicError("roomNameTaken", 409, `name.${sameName}`);
    if (input.roomId) {
      const before = await findRoomInForum(input.roomId, forumId, tx);
      if (!before) throw new PublicError("notFound", 404);
      const [room] = await tx.update(rooms).set({ name: input.name, capacity: input.capacity }).where(eq(rooms.id, before.id)).returning();
      const diff = changedFields({ name: before.name, capacity: before.capacity }, { name: room!.name, capacity: room!.capacity });
      await audit(user, forumId, "room.update", "room", room!.id, diff.before, diff.after, tx);
      return room!;
    }
    const [{ last } = { last: null }] = await tx.select({ last: max(rooms.position) }).from(rooms).where(eq(rooms.forumId, forumId));
    const [room] = await tx
      .insert(rooms)
      .values({ forumId, name: input.name, capacity: input.capacity, position: (last ?? -1) + 1 })
      .returning();
    await audit(user, forumId, "room.create", "room", room!.id, null, { name: room!.name, capacity: room!.capacity }, tx);
    return room!;
  });
}

/** The language in which another room of the forum already has this room's name (case and spaces aside), if any. */
async function roomNamedLike(forumId: string, input: RoomInput, db: Database): Promise<string | null> {
  const fold = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase();
  const others = (await db.select({ id: rooms.id, name: rooms.name }).from(rooms).where(eq(rooms.forumId, forumId))).filter((r) => r.id !== input.roomId);
  for (const [language, text] of Object.entries(input.name)) {
    const wanted = fold(text);
    if (others.some((r) => fold((r.name as Record<string, string | undefined>)[language] ?? "") === wanted)) return language;
  }
  return null;
}

/** A room that still has tables cannot go: its tables would have nowhere to stand. */
export async function deleteRoom(user: User | null, forumId: string, roomId: string, db: Database = getDb()): Promise<void> {
  assertOrganiser(user);
  try {
    await db.transaction(async (tx) => {
      const before = await findRoomInForum(roomId, forumId, tx);
      if (!before) throw new PublicError("notFound", 404);
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(meetingTables).where(eq(meetingTables.roomId, roomId));
      if (Number(n) > 0) throw new PublicError("roomHasTables", 409);
      await tx.delete(rooms).where(eq(rooms.id, roomId));
      await audit(user, forumId, "room.delete", "room", roomId, { name: before.name, capacity: before.capacity }, null, tx);
    });
  } catch (error) {
    // A table added to the room at the same moment: the foreign key keeps the room.
    if (isForeignKeyViolation(error)) throw new PublicError("roomHasTables", 409);
    throw error;
  }
}

/** Adds tables numbered from..to; a number already used refuses the whole range. */
export async function addTables(user: User | null, forumId: string, input: AddTablesInput, db: Database = getDb()): Promise<number> {
  assertOrganiser(user);
  try {
    return await db.transaction(async (tx) => {
      if (!(await findRoomInForum(input.roomId, forumId, tx))) throw new PublicError("invalidChoice", 422, "roomId");
      const numbers = Array.from({ length: input.to - input.from + 1 }, (_, i) => input.from + i);
      await tx.insert(meetingTables).values(numbers.map((number) => ({ forumId, roomId: input.roomId, number, zone: input.zone })));
      await audit(user, forumId, "table.create", "table", null, null, { numbers: `${input.from}–${input.to}`, zone: input.zone, roomId: input.roomId }, tx);
      return numbers.length;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new PublicError("tableNumberTaken", 409, "from");
    throw error;
  }
}

export async function updateTable(user: User | null, forumId: string, input: UpdateTableInput, db: Database = getDb()): Promise<MeetingTable> {
  assertOrganiser(user);
  return db.transaction(async (tx) => {
    const before = await findTableInForum(input.tableId, forumId, tx);
    if (!before) throw new PublicError("notFound", 404);
    if (!(await findRoomInForum(input.roomId, forumId, tx))) throw new PublicError("invalidChoice", 422, "roomId");
    const [table] = await tx.update(meetingTables).set({ roomId: input.roomId, zone: input.zone }).where(eq(meetingTables.id, before.id)).returning();
    const diff = changedFields({ roomId: before.roomId, zone: before.zone }, { roomId: table!.roomId, zone: table!.zone });
    await audit(user, forumId, "table.update", "table", table!.id, { number: before.number, ...diff.before }, { number: table!.number, ...diff.after }, tx);
    return table!;
  });
}

/** A meeting of a table being disabled, with the free tables of its slot it could go to. */
export type DisplacedMeeting = StandingMeeting & { options: { id: string; number: number }[] };

/**
 * Enables or disables a table. Disabling one that holds scheduled meetings first returns
 * them with the free tables of each slot (the organiser picks, or lets the app pick); on
 * confirmation every meeting moves in the same transaction as the disabling, or nothing
 * happens. A meeting is never left on a disabled table: the database refuses it too.
 */
export async function setTableActive(user: User | null, forumId: string, input: TableStateInput, db: Database = getDb()): Promise<{ moved: number }> {
  assertOrganiser(user);
  try {
    return await db.transaction(async (tx) => {
      // The row lock orders this against bookings, whose trigger reads the table FOR SHARE.
      const [table] = await tx
        .update(meetingTables)
        .set({ active: input.active })
        .where(and(eq(meetingTables.id, input.tableId), eq(meetingTables.forumId, forumId)))
        .returning();
      if (!table) throw new PublicError("notFound", 404);
      let moved = 0;
      if (!input.active) {
        const standing = await listStandingMeetings({ tableId: table.id, scheduledOnly: true }, tx);
        const displaced: DisplacedMeeting[] = [];
        for (const meeting of standing) {
          const people = await delegatesOf([meeting.companyAId, meeting.companyBId], tx);
          const options = await findFreeTables(forumId, meeting.slotId, people.map((p) => p.id), tx);
          displaced.push({ ...meeting, options: options.map((o) => ({ id: o.id, number: Number(o.number) })) });
        }
        if (displaced.length && !input.confirm) throw new PublicError("tableHasMeetings", 409, undefined, { meetings: displaced });
        const stranded = displaced.filter((m) => m.options.length === 0);
        if (stranded.length) throw new PublicError("noFreeTableForMeetings", 409, undefined, { meetings: displaced });
        for (const meeting of displaced) {
          const wanted = input.targets[meeting.id] ?? "auto";
          const target = wanted === "auto" ? meeting.options[0]! : meeting.options.find((o) => o.id === wanted);
          if (!target) throw new PublicError("tableNotFree", 409, undefined, { meetings: displaced });
          await lockSlot(meeting.slotId, tx);
          const row = await moveMeetingRow(meeting.id, meeting.slotId, target.id, tx);
          if (!row) throw new PublicError("slotsChangedMeanwhile", 409);
          await audit(user, forumId, "meeting.move", "meeting", meeting.id, { table: meeting.tableNumber }, { table: target.number, reason: "table.disable" }, tx);
          await recordOrganiserChange(row, "moved", { startsAt: new Date(meeting.startsAt), tableNumber: meeting.tableNumber }, tx);
          moved++;
        }
      }
      await audit(user, forumId, input.active ? "table.enable" : "table.disable", "table", table.id, { number: table.number, active: !input.active }, { number: table.number, active: input.active, ...(moved ? { meetingsMoved: moved } : {}) }, tx);
      return { moved };
    });
  } catch (error) {
    const conflict = bookingConflict(error);
    // Two meetings sent to one table, or a booking that took it meanwhile.
    if (conflict) throw new PublicError(conflict.code === "tableTaken" ? "tableNotFree" : conflict.code, 409);
    throw error;
  }
}
