import { getDb, type Database } from "@/db/client";
import { findUserByEmail } from "@/db/users";
import { signInSchema } from "@/lib/schemas/auth";
import type { User } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";

let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password. An unknown e-mail costs the same hash as a wrong
 * password, so the answer's timing does not tell which of the two was wrong.
 */
export async function authenticate(credentials: unknown, db: Database = getDb()): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const user = await findUserByEmail(parsed.data.email, db);
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, parsed.data.password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, parsed.data.password)) ? user : null;
}
