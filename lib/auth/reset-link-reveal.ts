import { eq } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { findCurrentForum } from "@/db/forums";
import { emailOutbox, type User } from "@/db/schema";
import { findUserByEmail } from "@/db/users";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { resetLinkIn } from "./password-reset";

/**
 * An organiser shows one reset e-mail's link in the outbox, to pass it on to its owner (at the
 * desk, by phone) when no SMTP server sends e-mails. The link is a key to that account, an
 * organiser's too, so each showing is written to the audit log, who and for whom, where every
 * organiser reads it. With SMTP the e-mail is its owner's alone.
 */
export async function revealResetLink(user: User | null, input: { emailId: string }, options: { smtpOn: boolean }, db: Database = getDb()): Promise<string> {
  assertOrganiser(user);
  if (options.smtpOn) throw new PublicError("resetLinkSentBySmtp", 409);
  const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, input.emailId));
  if (!email || email.kind !== "passwordReset") throw new PublicError("notFound", 404);
  const link = resetLinkIn(email.body);
  if (!link) throw new PublicError("resetLinkGone", 409);
  const [forum, owner] = await Promise.all([findCurrentForum(db), findUserByEmail(email.toEmail, db)]);
  // No showing goes unwritten: the log is the forum's.
  if (!forum) throw new PublicError("notFound", 404);
  await recordAudit({ forumId: forum.id, actorId: user.id, action: "user.showResetLink", entity: "user", entityId: owner?.id ?? null, after: { email: email.toEmail } }, db);
  return link;
}
