import { eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { userPhotos, type UserPhoto } from "./schema";

export type PhotoType = "image/jpeg" | "image/png" | "image/webp";

export async function findPhoto(userId: string, db: Database = getDb()): Promise<UserPhoto | null> {
  const [row] = await db.select().from(userPhotos).where(eq(userPhotos.userId, userId)).limit(1);
  return row ?? null;
}

/** When the user's photo last changed, without reading its bytes; null without a photo. */
export async function findPhotoVersion(userId: string, db: Database = getDb()): Promise<Date | null> {
  const [row] = await db.select({ updatedAt: userPhotos.updatedAt }).from(userPhotos).where(eq(userPhotos.userId, userId)).limit(1);
  return row?.updatedAt ?? null;
}

/** One photo per user: a new one replaces the old (the table's checks hold type and size). */
export async function upsertPhoto(userId: string, contentType: PhotoType, bytes: Buffer, db: Database = getDb()): Promise<void> {
  const values = { contentType, bytes, size: bytes.length, updatedAt: sql`now()` };
  await db
    .insert(userPhotos)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: userPhotos.userId, set: values });
}

export async function deletePhoto(userId: string, db: Database = getDb()): Promise<boolean> {
  const rows = await db.delete(userPhotos).where(eq(userPhotos.userId, userId)).returning({ userId: userPhotos.userId });
  return rows.length === 1;
}
