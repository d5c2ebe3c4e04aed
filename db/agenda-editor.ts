import { and, asc, eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { agendaSessions, rooms, sectors, type AgendaSession } from "./schema";

/** Every session of the forum with its raw ids, for the editor, in time order. */
export async function listSessionsForEditor(forumId: string, db: Database = getDb()): Promise<AgendaSession[]> {
  return db.select().from(agendaSessions).where(eq(agendaSessions.forumId, forumId)).orderBy(asc(agendaSessions.startsAt), asc(agendaSessions.endsAt));
}

export async function findSessionInForum(id: string, forumId: string, db: Database = getDb()): Promise<AgendaSession | null> {
  const [row] = await db
    .select()
    .from(agendaSessions)
    .where(and(eq(agendaSessions.id, id), eq(agendaSessions.forumId, forumId)))
    .limit(1);
  return row ?? null;
}

export async function roomInForum(id: string, forumId: string, db: Database = getDb()): Promise<boolean> {
  return (await db.select({ id: rooms.id }).from(rooms).where(and(eq(rooms.id, id), eq(rooms.forumId, forumId))).limit(1)).length === 1;
}

export async function sectorInForum(id: string, forumId: string, db: Database = getDb()): Promise<boolean> {
  return (await db.select({ id: sectors.id }).from(sectors).where(and(eq(sectors.id, id), eq(sectors.forumId, forumId))).limit(1)).length === 1;
}
