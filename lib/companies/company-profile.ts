import { findCompany, insertCompany, replaceCompanyItems, replaceCompanySectors, updateCompanyFields } from "@/db/companies";
import { getDb, type Database } from "@/db/client";
import { attachUserToCompany } from "@/db/delegates";
import type { Company, Forum, User } from "@/db/schema";
import { assertCompanyMember, assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { CompanyInput } from "@/lib/schemas/company";
import { resolveCompanyInput } from "./resolve-input";

/**
 * A representative creates their company: the company (pending, in the current forum), its
 * sectors and items, and the user as its main contact, all in one transaction.
 */
export async function createCompany(user: User | null, forum: Forum, input: CompanyInput, db: Database = getDb()): Promise<Company> {
  assertSignedIn(user);
  // Organisers run the forum; they do not represent a company in it.
  if (user.role !== "participant") throw new PublicError("forbidden", 403);
  if (user.companyId) throw new PublicError("alreadyInCompany", 409);
  const resolved = await resolveCompanyInput(forum, input, db);
  return db.transaction(async (tx) => {
    const company = await insertCompany({ ...resolved.fields, forumId: forum.id }, tx);
    await replaceCompanySectors(company.id, resolved.sectorIds, tx);
    await replaceCompanyItems(company.id, resolved.items, tx);
    // Conditional on "no company yet": a second create racing this one rolls back whole.
    if (!(await attachUserToCompany(user.id, company.id, true, tx))) throw new PublicError("alreadyInCompany", 409);
    return company;
  });
}

/**
 * A delegate edits their own company. The company id comes from the request, so it is
 * authorised against the signed-in user before anything is read or written: a replayed
 * request naming another company is refused (403) and changes nothing.
 */
export async function updateCompany(
  user: User | null,
  forum: Forum,
  input: CompanyInput & { companyId: string },
  db: Database = getDb(),
): Promise<Company> {
  assertCompanyMember(user, input.companyId);
  const current = await findCompany(input.companyId, db);
  if (!current || current.forumId !== forum.id) throw new PublicError("notFound", 404);
  const resolved = await resolveCompanyInput(forum, input, db);
  return db.transaction(async (tx) => {
    const company = await updateCompanyFields(input.companyId, resolved.fields, tx);
    if (!company) throw new PublicError("notFound", 404);
    await replaceCompanySectors(company.id, resolved.sectorIds, tx);
    await replaceCompanyItems(company.id, resolved.items, tx);
    return company;
  });
}
