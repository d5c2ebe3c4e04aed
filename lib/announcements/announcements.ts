import { getDb, type Database } from "@/db/client";
import { deleteAnnouncementRow, insertAnnouncement } from "@/db/announcements";
import { recordAudit } from "@/db/audit";
import type { Announcement, LocalizedText, User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { AnnouncementInput } from "@/lib/schemas/dayof";

export async function publishAnnouncement(user: User | null, forumId: string, input: AnnouncementInput, db: Database = getDb()): Promise<Announcement> {
  assertOrganiser(user);
  const body: LocalizedText = {};
  for (const locale of ["fr", "ar", "ru", "en"] as const) if (input[locale]) body[locale] = input[locale];
  return db.transaction(async (tx) => {
    const row = await insertAnnouncement(forumId, body, user.id, tx);
    await recordAudit({ forumId, actorId: user.id, action: "announcement.create", entity: "announcement", entityId: row.id, after: body }, tx);
    return row;
  });
}

export async function removeAnnouncement(user: User | null, forumId: string, id: string, db: Database = getDb()) {
  assertOrganiser(user);
  return db.transaction(async (tx) => {
    const row = await deleteAnnouncementRow(forumId, id, tx);
    if (!row) throw new PublicError("notFound", 404);
    await recordAudit({ forumId, actorId: user.id, action: "announcement.delete", entity: "announcement", entityId: id, before: row.body }, tx);
    return row;
  });
}

/**
 * The text for a reader: theirs when written in their language; otherwise the one language
 * given (or French first), with that language named so the page marks it up.
 */
export function announcementText(body: LocalizedText, locale: string): { text: string; lang: string } {
  const own = body[locale as keyof LocalizedText];
  if (own) return { text: own, lang: locale };
  for (const fallback of ["fr", "en", "ru", "ar"] as const) if (body[fallback]) return { text: body[fallback], lang: fallback };
  return { text: "", lang: locale };
}
