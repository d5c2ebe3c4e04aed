import { findRequestParty } from "@/db/requests";
import type { Database } from "@/db/client";
import type { MeetingRequest, User } from "@/db/schema";
import { assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";

/** The user's company, which must be approved to take part in meetings. */
export async function requireApprovedCompany(user: User | null, db: Database) {
  assertSignedIn(user);
  if (!user.companyId) throw new PublicError("noCompany", 403);
  const company = await findRequestParty(user.companyId, db);
  if (!company) throw new PublicError("noCompany", 403);
  if (company.status !== "approved") throw new PublicError("companyNotApproved", 403);
  return company;
}

export type Side = "sender" | "receiver";

/** Which side of the request the user's company is on; a stranger gets a 404, not a hint. */
export function sideOf(user: User, request: MeetingRequest): Side {
  if (user.companyId === request.fromCompanyId) return "sender";
  if (user.companyId === request.toCompanyId) return "receiver";
  throw new PublicError("notFound", 404);
}
