import { eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { users, type NewUser, type User } from "./schema";

export async function findUserByEmail(email: string, db: Database = getDb()): Promise<User | null> {
  const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(id: string, db: Database = getDb()): Promise<User | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Inserts a user; a taken e-mail fails with the unique violation 23505 (see isUniqueViolation). */
export async function insertUser(values: NewUser, db: Database = getDb()): Promise<User> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email.toLowerCase() })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
