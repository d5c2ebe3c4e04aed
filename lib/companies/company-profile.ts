import { sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
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
    // Read again under the row's lock: an organiser's decision made meanwhile counts.
    await tx.execute(sql`select 1 from companies where id = ${input.companyId} for update`);
    const before = await findCompany(input.companyId, tx);
    if (!before) throw new PublicError("notFound", 404);
    // The country is the side of the forum the organisers approved the company on.
    if (before.status === "approved" && resolved.fields.country !== before.country) throw new PublicError("countryFixedOnceApproved", 409, "country");
    const company = await updateCompanyFields(input.companyId, resolved.fields, tx);
    if (!company) throw new PublicError("notFound", 404);
    await replaceCompanySectors(company.id, resolved.sectorIds, tx);
    await replaceCompanyItems(company.id, resolved.items, tx);
    // A new name for an approved company is the organisers' to see, in the audit log.
    if (before.status === "approved" && company.name !== before.name) {
      await recordAudit(
        { forumId: forum.id, actorId: user.id, action: "company.rename", entity: "company", entityId: company.id, before: { name: before.name }, after: { name: company.name } },
        tx,
      );
    }
    return company;
  });
}
