import { getDb, type Database } from "@/db/client";
import { detachDelegate, grantMainContact, releaseMainContact, releaseUpcomingSeats, updateDelegateFields } from "@/db/delegates";
import { refreshInterpreterNeeds } from "@/db/meetings";
import { deletePhoto, upsertPhoto } from "@/db/photos";
import type { User } from "@/db/schema";
import { assertCompanyMember, assertMainContact, assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { DelegateInput } from "@/lib/schemas/delegate";
import { checkPhoto } from "./photos";
import { notifyUncoveredMeetings } from "./uncovered-meetings";

/**
 * A user edits their own delegate profile, and may replace their photo. The photo is checked
 * before anything is written, so a bad file leaves the profile as it was.
 */
export async function updateDelegateProfile(user: User | null, input: DelegateInput, db: Database = getDb()): Promise<User> {
  assertSignedIn(user);
  const photo = input.photo ? await checkPhoto(input.photo) : null;
  return db.transaction(async (tx) => {
    const updated = await updateDelegateFields(
      user.id,
      { fullName: input.fullName, jobTitle: input.jobTitle, languages: input.languages, ...(input.locale ? { locale: input.locale } : {}) },
      tx,
    );
    if (!updated) throw new PublicError("notFound", 404);
    if (photo) await upsertPhoto(user.id, photo.contentType, photo.bytes, tx);
    if (updated.companyId) await refreshInterpreterNeeds(updated.companyId, tx);
    return updated;
  });
}

export async function removeOwnPhoto(user: User | null, db: Database = getDb()): Promise<void> {
  assertSignedIn(user);
  await deletePhoto(user.id, db);
}

/**
 * The main contact takes another delegate out of the company (the person keeps their account)
 * and off its meetings still to come, in one transaction: a person outside the company is
 * never left seated at its meetings. Colleagues already seated there keep them; a meeting
 * left with none of the company's delegates stays booked, its partner's schedule says its
 * delegates are not named, and the main contact is e-mailed the list.
 */
export async function removeDelegate(
  user: User | null,
  target: { companyId: string; delegateId: string },
  db: Database = getDb(),
  now = new Date(),
): Promise<void> {
  assertMainContact(user, target.companyId);
  if (target.delegateId === user.id) throw new PublicError("cannotRemoveSelf", 409);
  await db.transaction(async (tx) => {
    if (!(await detachDelegate(target.companyId, target.delegateId, user.id, tx))) throw new PublicError("notFound", 404);
    const released = await releaseUpcomingSeats(target.companyId, target.delegateId, now, tx);
    await refreshInterpreterNeeds(target.companyId, tx);
    await notifyUncoveredMeetings({ companyId: target.companyId, departedUserId: target.delegateId, meetingIds: released }, tx);
  });
}

/**
 * A delegate leaves their company of their own accord, and its meetings still to come, as a
 * removal does, the main contact told of meetings left with nobody. The main contact must
 * hand the role over first: a company is never left without one.
 */
export async function leaveCompany(user: User | null, target: { companyId: string }, db: Database = getDb(), now = new Date()): Promise<void> {
  assertCompanyMember(user, target.companyId);
  if (user.isMainContact) throw new PublicError("mainContactCannotLeave", 409);
  await db.transaction(async (tx) => {
    // Conditional on the database's view: the user may have left already, or been given the role meanwhile.
    if (!(await detachDelegate(target.companyId, user.id, null, tx))) throw new PublicError("notFound", 404);
    const released = await releaseUpcomingSeats(target.companyId, user.id, now, tx);
    await refreshInterpreterNeeds(target.companyId, tx);
    await notifyUncoveredMeetings({ companyId: target.companyId, departedUserId: user.id, meetingIds: released }, tx);
  });
}

/**
 * The main contact hands the role to another delegate of the same company. Both flags change
 * in one transaction; the partial unique index guarantees there is never a second one.
 */
export async function transferMainContact(
  user: User | null,
  target: { companyId: string; delegateId: string },
  db: Database = getDb(),
): Promise<void> {
  assertMainContact(user, target.companyId);
  if (target.delegateId === user.id) return;
  await db.transaction(async (tx) => {
    // Conditional: if the role moved in the meantime, this user no longer holds it.
    if (!(await releaseMainContact(target.companyId, user.id, tx))) throw new PublicError("forbidden", 403);
    if (!(await grantMainContact(target.companyId, target.delegateId, tx))) throw new PublicError("notFound", 404);
  });
}
