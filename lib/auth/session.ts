import { forbidden } from "next/navigation";
import { cache } from "react";
import { findUserById } from "@/db/users";
import type { User } from "@/db/schema";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { auth } from "./config";
import { sessionIsCurrent } from "./session-version";

/**
 * The signed-in user, read fresh from the database once per request: a role changed or an
 * account removed takes effect at once, whatever the session cookie still says. A session
 * signed in before the password last changed is no one's (sessionIsCurrent).
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(id);
  return user && sessionIsCurrent(user, (session.user as { sessionVersion?: number }).sessionVersion) ? user : null;
});

export async function requireUser(locale: Locale, next?: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) {
    const query = next ? `?next=${encodeURIComponent(next)}` : "";
    return redirect({ href: `/signin${query}`, locale });
  }
  return user;
}

export async function requireOrganiser(locale: Locale, next?: string): Promise<User> {
  const user = await requireUser(locale, next);
  if (user.role !== "organiser") forbidden();
  return user;
}
