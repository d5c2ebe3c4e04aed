import type { Database } from "@/db/client";
import { findRequestParty } from "@/db/requests";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";

export type DirectoryRefusal = "noCompany" | "companyNotApproved";

/**
 * Who reads the directory and the companies' pages, with their delegates' names and photos:
 * organisers, and delegates of an approved company (PRODUCT.md, "Approved participants
 * search companies"). Anyone can sign up, so a signed-in account alone is not enough. A
 * delegate still reads the own company's page while it waits.
 */
export async function directoryRefusal(user: User, db?: Database, companyId?: string): Promise<DirectoryRefusal | null> {
  if (user.role === "organiser") return null;
  if (!user.companyId) return "noCompany";
  if (companyId !== undefined && companyId === user.companyId) return null;
  const company = await findRequestParty(user.companyId, db);
  if (!company) return "noCompany";
  return company.status === "approved" ? null : "companyNotApproved";
}

/** The same rule for the API: refused with 403 and the reason's code. */
export async function assertDirectoryAccess(user: User, db?: Database, companyId?: string): Promise<void> {
  const refusal = await directoryRefusal(user, db, companyId);
  if (refusal) throw new PublicError(refusal, 403);
}
