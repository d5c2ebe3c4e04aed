import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";

/**
 * The named rules of who may do what. Every action and route calls one of these on the
 * server, whatever the page showed.
 */
export function assertSignedIn(user: User | null): asserts user is User {
  if (!user) throw new PublicError("signInRequired", 401);
}

export function assertOrganiser(user: User | null): asserts user is User {
  assertSignedIn(user);
  if (user.role !== "organiser") throw new PublicError("forbidden", 403);
}

/** The user is a delegate of this very company. */
export function assertCompanyMember(user: User | null, companyId: string): asserts user is User {
  assertSignedIn(user);
  if (user.companyId !== companyId) throw new PublicError("forbidden", 403);
}

/** The user is this company's main contact, who manages its delegates and invitations. */
export function assertMainContact(user: User | null, companyId: string): asserts user is User {
  assertCompanyMember(user, companyId);
  if (!user.isMainContact) throw new PublicError("forbidden", 403);
}

export const isOrganiser = (user: User | null) => user?.role === "organiser";
