import { createHash, randomBytes } from "node:crypto";
import { findUserByFeedHash, replaceCalendarFeed } from "@/db/calendar-feeds";
import { getDb, type Database } from "@/db/client";
import type { User } from "@/db/schema";
import { assertSignedIn } from "@/lib/auth/permissions";
import { feedTokenSchema } from "@/lib/schemas/schedule";

/** Only this hash is stored: a copy of the database does not give anyone's calendar away. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The path of a feed; ".ics" at the end helps calendar apps that look at the name. */
export const feedPath = (token: string) => `/calendar/feed/${token}.ics`;

/**
 * Makes a new secret feed URL for the user, revoking the previous one. The secret is shown
 * once, at this moment; afterwards only a new one can be made.
 */
export async function resetCalendarFeed(user: User | null, db: Database = getDb()): Promise<{ path: string; createdAt: Date }> {
  assertSignedIn(user);
  const token = randomBytes(32).toString("base64url");
  const createdAt = await replaceCalendarFeed(user.id, hashFeedToken(token), db);
  return { path: feedPath(token), createdAt };
}

/** The owner of a feed URL's secret, or null for anything malformed or unknown. */
export async function userOfFeedToken(raw: string, db: Database = getDb()): Promise<User | null> {
  const parsed = feedTokenSchema.safeParse(raw);
  if (!parsed.success) return null;
  return findUserByFeedHash(hashFeedToken(parsed.data), db);
}
