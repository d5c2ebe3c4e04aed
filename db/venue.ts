import { and, asc, count, eq, lt, ne } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { meetings, meetingTables, rooms, type MeetingTable, type Room } from "./schema";

export async function listRooms(forumId: string, db: Database = getDb()): Promise<Room[]> {
  return db.select().from(rooms).where(eq(rooms.forumId, forumId)).orderBy(asc(rooms.position), asc(rooms.id));
}

export type TableRow = MeetingTable & { liveMeetings: number };

/** The forum's tables by number, each with how many live meetings it holds. */
export async function listTables(forumId: string, db: Database = getDb()): Promise<TableRow[]> {
  const rows = await db
    .select({ table: meetingTables, n: count(meetings.id) })
    .from(meetingTables)
    .leftJoin(meetings, and(eq(meetings.tableId, meetingTables.id), ne(meetings.status, "cancelled")))
    .where(eq(meetingTables.forumId, forumId))
    .groupBy(meetingTables.id)
    .orderBy(asc(meetingTables.number));
  return rows.map((r) => ({ ...r.table, liveMeetings: Number(r.n) }));
}

export async function findRoomInForum(id: string, forumId: string, db: Database = getDb()): Promise<Room | null> {
  const [row] = await db.select().from(rooms).where(and(eq(rooms.id, id), eq(rooms.forumId, forumId))).limit(1);
  return row ?? null;
}

export async function findTableInForum(id: string, forumId: string, db: Database = getDb()): Promise<MeetingTable | null> {
  const [row] = await db.select().from(meetingTables).where(and(eq(meetingTables.id, id), eq(meetingTables.forumId, forumId))).limit(1);
  return row ?? null;
}

/** One table of the forum with its live meetings, and its place in the list by number (1-based). */
export async function findTableRowInForum(id: string, forumId: string, db: Database = getDb()): Promise<(TableRow & { position: number }) | null> {
  const [row] = await db
    .select({ table: meetingTables, n: count(meetings.id) })
    .from(meetingTables)
    .leftJoin(meetings, and(eq(meetings.tableId, meetingTables.id), ne(meetings.status, "cancelled")))
    .where(and(eq(meetingTables.id, id), eq(meetingTables.forumId, forumId)))
    .groupBy(meetingTables.id);
  if (!row) return null;
  const [before] = await db
    .select({ n: count() })
    .from(meetingTables)
    .where(and(eq(meetingTables.forumId, forumId), lt(meetingTables.number, row.table.number)));
  return { ...row.table, liveMeetings: Number(row.n), position: Number(before?.n ?? 0) + 1 };
}
