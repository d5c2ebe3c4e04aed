import { asc, eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { forumDays, type ForumDay } from "./schema";

export async function listForumDayHours(forumId: string, db: Database = getDb()): Promise<ForumDay[]> {
  return db.select().from(forumDays).where(eq(forumDays.forumId, forumId)).orderBy(asc(forumDays.day));
}
