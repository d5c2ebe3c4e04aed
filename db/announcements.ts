import { and, desc, eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { announcements, type Announcement, type LocalizedText } from "./schema";

export async function listAnnouncements(forumId: string, limit: number, db: Database = getDb()): Promise<Announcement[]> {
  return db
    .select()
    .from(announcements)
    .where(eq(announcements.forumId, forumId))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(limit);
}

export async function insertAnnouncement(forumId: string, body: LocalizedText, createdBy: string, db: Database = getDb()) {
  const [row] = await db.insert(announcements).values({ forumId, body, createdBy }).returning();
  return row!;
}

export async function deleteAnnouncementRow(forumId: string, id: string, db: Database = getDb()) {
  const [row] = await db.delete(announcements).where(and(eq(announcements.forumId, forumId), eq(announcements.id, id))).returning();
  return row ?? null;
}
