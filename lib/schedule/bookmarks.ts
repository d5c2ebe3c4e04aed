import { findAgendaSession, setBookmark } from "@/db/agenda";
import { getDb, type Database } from "@/db/client";
import { findCurrentForum } from "@/db/forums";
import type { User } from "@/db/schema";
import { assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { BookmarkInput } from "@/lib/schemas/schedule";

/** Any signed-in user may keep sessions of the current forum's programme in their schedule. */
export async function setSessionBookmark(user: User | null, input: BookmarkInput, db: Database = getDb()): Promise<boolean> {
  assertSignedIn(user);
  const [forum, session] = await Promise.all([findCurrentForum(db), findAgendaSession(input.sessionId, db)]);
  if (!forum || !session || session.forumId !== forum.id) throw new PublicError("notFound", 404, "sessionId");
  await setBookmark(user.id, session.id, input.bookmarked, db);
  return input.bookmarked;
}
