import { getDb, type Database } from "@/db/client";
import { findUserByEmail } from "@/db/users";
import { signInSchema } from "@/lib/schemas/auth";
import type { User } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "./throttle";

let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password, from `address` when known. An unknown e-mail costs the same
 * hash as a wrong password, so the answer's timing does not tell which of the two was wrong.
 * Too many failures refuse with `tooManyAttempts` before any check (throttle.ts).
 */
export async function authenticate(credentials: unknown, db: Database = getDb(), address: string | null = null): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertSignInAllowed(email, address, db);
  const user = await findUserByEmail(email, db);
  let valid = false;
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
  } else valid = await verifyPassword(user.passwordHash, password);
  if (!valid) {
    await recordSignInFailure(email, address, db);
    return null;
  }
  await clearSignInFailures(email, db);
  return user;
}
