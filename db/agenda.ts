import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { agendaSessions, forumDays, rooms, sectors, sessionBookmarks, type LocalizedList, type LocalizedText, type SessionKind } from "./schema";

/** A session of the public programme, with its room and sector named in every language. */
export interface AgendaSessionRow {
  id: string;
  kind: SessionKind;
  title: LocalizedText;
  description: LocalizedText;
  room: LocalizedText | null;
  sector: LocalizedText | null;
  sectorCode: string | null;
  speakers: LocalizedList;
  startsAt: Date;
  endsAt: Date;
}

const sessionColumns = {
  id: agendaSessions.id,
  kind: agendaSessions.kind,
  title: agendaSessions.title,
  description: agendaSessions.description,
  room: rooms.name,
  sector: sectors.name,
  sectorCode: sectors.code,
  speakers: agendaSessions.speakers,
  startsAt: agendaSessions.startsAt,
  endsAt: agendaSessions.endsAt,
};

/** The whole programme of a forum in time order (agenda_sessions_forum_start_idx), in one query. */
export async function listAgendaSessions(forumId: string, db: Database = getDb()): Promise<AgendaSessionRow[]> {
  return db
    .select(sessionColumns)
    .from(agendaSessions)
    .leftJoin(rooms, eq(rooms.id, agendaSessions.roomId))
    .leftJoin(sectors, eq(sectors.id, agendaSessions.sectorId))
    .where(eq(agendaSessions.forumId, forumId))
    .orderBy(asc(agendaSessions.startsAt), asc(agendaSessions.endsAt), asc(rooms.position));
}

export async function listForumDays(forumId: string, db: Database = getDb()) {
  return db.select({ day: forumDays.day }).from(forumDays).where(eq(forumDays.forumId, forumId)).orderBy(asc(forumDays.day));
}

export async function findAgendaSession(id: string, db: Database = getDb()) {
  const [row] = await db
    .select({ id: agendaSessions.id, forumId: agendaSessions.forumId })
    .from(agendaSessions)
    .where(eq(agendaSessions.id, id))
    .limit(1);
  return row ?? null;
}

/** The sessions a user bookmarked, with their details, in time order. */
export async function listBookmarkedSessions(userId: string, forumId: string, db: Database = getDb()): Promise<AgendaSessionRow[]> {
  return db
    .select(sessionColumns)
    .from(sessionBookmarks)
    .innerJoin(agendaSessions, eq(agendaSessions.id, sessionBookmarks.sessionId))
    .leftJoin(rooms, eq(rooms.id, agendaSessions.roomId))
    .leftJoin(sectors, eq(sectors.id, agendaSessions.sectorId))
    .where(and(eq(sessionBookmarks.userId, userId), eq(agendaSessions.forumId, forumId)))
    .orderBy(asc(agendaSessions.startsAt), asc(agendaSessions.endsAt));
}

/** Which of these sessions the user bookmarked (the primary key answers it). */
export async function bookmarkedAmong(userId: string, sessionIds: readonly string[], db: Database = getDb()): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .select({ id: sessionBookmarks.sessionId })
    .from(sessionBookmarks)
    .where(and(eq(sessionBookmarks.userId, userId), inArray(sessionBookmarks.sessionId, [...sessionIds])));
  return new Set(rows.map((r) => r.id));
}

/** Sets a bookmark on or off; doing it twice is harmless, so a repeated click changes nothing. */
export async function setBookmark(userId: string, sessionId: string, on: boolean, db: Database = getDb()): Promise<void> {
  if (on) {
    await db.insert(sessionBookmarks).values({ userId, sessionId }).onConflictDoNothing();
  } else {
    await db.delete(sessionBookmarks).where(and(eq(sessionBookmarks.userId, userId), eq(sessionBookmarks.sessionId, sessionId)));
  }
}
