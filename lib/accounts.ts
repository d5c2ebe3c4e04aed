import { getDb, type Database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import type { Role, User } from "@/db/schema";
import { insertUser } from "@/db/users";
import { hashPassword } from "@/lib/auth/password";
import { clearSignInFailures } from "@/lib/auth/throttle";
import { PublicError } from "@/lib/errors";
import type { SignUpInput } from "@/lib/schemas/auth";

/**
 * Creates an account; a taken e-mail is refused by the database's unique index, even in a race.
 * Failed sign-ins counted for the e-mail before it had an account were guesses at nothing:
 * they are forgotten, so its owner's first sign-in is not refused for them.
 */
export async function createAccount(input: SignUpInput, role: Role = "participant", db: Database = getDb()): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  let user: User;
  try {
    user = await insertUser({ email: input.email, passwordHash, fullName: input.fullName, locale: input.locale, role }, db);
  } catch (error) {
    if (isUniqueViolation(error)) throw new PublicError("emailTaken", 409, "email");
    throw error;
  }
  await clearSignInFailures(user.email, db);
  return user;
}
