import { getDb, type Database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import type { Role, User } from "@/db/schema";
import { insertUser } from "@/db/users";
import { hashPassword } from "@/lib/auth/password";
import { PublicError } from "@/lib/errors";
import type { SignUpInput } from "@/lib/schemas/auth";

/** Creates an account; a taken e-mail is refused by the database's unique index, even in a race. */
export async function createAccount(input: SignUpInput, role: Role = "participant", db: Database = getDb()): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await insertUser(
      { email: input.email, passwordHash, fullName: input.fullName, locale: input.locale, role },
      db,
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new PublicError("emailTaken", 409, "email");
    throw error;
  }
}
