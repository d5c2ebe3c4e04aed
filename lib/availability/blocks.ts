import { getDb, type Database } from "@/db/client";
import { deleteBlock, insertBlock, listAvailability, replaceBlocks } from "@/db/availability";
import { findCurrentForum } from "@/db/forums";
import { findSlot } from "@/db/meetings";
import type { User } from "@/db/schema";
import { assertSignedIn } from "@/lib/auth/permissions";
import { bookingConflict } from "@/lib/booking/errors";
import { PublicError } from "@/lib/errors";

async function ownSlot(user: User | null, slotId: string, db: Database) {
  assertSignedIn(user);
  const forum = await findCurrentForum(db);
  const slot = await findSlot(slotId, db);
  if (!forum || !slot || slot.forumId !== forum.id) throw new PublicError("notFound", 404);
  return { user, slot };
}

/** A delegate marks a slot when they cannot meet; refused over one of their meetings. */
export async function setSlotBlocked(user: User | null, input: { slotId: string; blocked: boolean }, db: Database = getDb()) {
  const { user: me, slot } = await ownSlot(user, input.slotId, db);
  if (!input.blocked) return deleteBlock(me.id, slot.id, db);
  try {
    await insertBlock(me.id, slot.id, db);
  } catch (error) {
    throw bookingConflict(error) ?? error;
  }
}

export async function myAvailability(user: User | null, db: Database = getDb()) {
  assertSignedIn(user);
  const forum = await findCurrentForum(db);
  return forum ? listAvailability(forum.id, user.id, db) : [];
}

/**
 * Saves the availability form: the slots ticked are the delegate's blocks, the others are
 * free. All or nothing: a ticked slot that holds one of their meetings refuses the lot.
 */
export async function saveBlockedSlots(user: User | null, input: { slotIds: readonly string[] }, db: Database = getDb()): Promise<void> {
  assertSignedIn(user);
  const forum = await findCurrentForum(db);
  if (!forum) throw new PublicError("notFound", 404);
  try {
    await db.transaction((tx) => replaceBlocks(user.id, forum.id, input.slotIds, tx));
  } catch (error) {
    throw bookingConflict(error) ?? error;
  }
}
