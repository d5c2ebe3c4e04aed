import { getDb, type Database } from "@/db/client";
import { findUserByEmail } from "@/db/users";
import { signInSchema } from "@/lib/schemas/auth";
import type { User } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { countSignInAttempt, signInSucceeded } from "./throttle";

let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password, from `address` when known. An unknown e-mail costs the same
 * hash as a wrong password, so the answer's timing does not tell which of the two was wrong.
 * Each attempt is counted before the check and too many refuse with `tooManyAttempts`
 * (throttle.ts); a right one is taken back.
 */
export async function authenticate(credentials: unknown, db: Database = getDb(), address: string | null = null): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await countSignInAttempt(email, address, db);
  const user = await findUserByEmail(email, db);
  let valid = false;
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, password);
  } else valid = await verifyPassword(user.passwordHash, password);
  if (!valid) return null;
  await signInSucceeded(email, address, db);
  return user;
}
