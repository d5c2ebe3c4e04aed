import type { User } from "@/db/schema";

/**
 * A session carries the account's session version at sign-in (users.session_version), which
 * every password change raises. A session signed in before versions existed carries none: it
 * counts as version 0, the column's default, so nobody is signed out by their arrival.
 */
export function sessionVersionOf(token: Record<string, unknown>): number {
  return typeof token.sv === "number" ? token.sv : 0;
}

/** Whether a session signed in with `version` still stands: the password has not changed since. */
export function sessionIsCurrent(user: Pick<User, "sessionVersion">, version: number | undefined): boolean {
  return user.sessionVersion === (version ?? 0);
}
