import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { passwordResets, users, type User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/schemas/auth";
import { hashPassword, verifyPassword } from "./password";
import { countSignInAttempt, signInSucceeded } from "./throttle";

/**
 * Changes a signed-in person's password once the current one is proven. Typing the current
 * password counts as a sign-in attempt (throttle.ts), so a borrowed phone left signed in
 * cannot be used to guess it. The session version is raised, which signs out every other
 * device; the caller signs this one in again. Open reset links are closed: the password
 * they were asked for is gone.
 */
export async function changePassword(user: User, input: Pick<ChangePasswordInput, "currentPassword" | "password">, address: string | null, db: Database = getDb()): Promise<User> {
  await countSignInAttempt(user.email, address, db);
  const valid = user.passwordHash ? await verifyPassword(user.passwordHash, input.currentPassword) : false;
  if (!valid) throw new PublicError("wrongCurrentPassword", 422, "currentPassword");
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Only if the password is still the one just checked: two changes at once cannot both pass.
    const [changed] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, user.id), eq(users.sessionVersion, user.sessionVersion)))
      .returning();
    if (!changed) throw new PublicError("wrongCurrentPassword", 409, "currentPassword");
    await tx.update(passwordResets).set({ usedAt: new Date() }).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await signInSucceeded(user.email, address, tx);
    return changed;
  });
}
