import { findCompanyInForum, setCompanyStatus } from "@/db/approvals";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import type { Company, CompanyStatus, User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { CompanyDecisionInput } from "@/lib/schemas/approvals";

// An organiser may change their mind: a rejected company can still be approved, an
// approved one rejected. A decision applies only to the status its organiser saw, so two
// organisers acting at once cannot overwrite each other.
const allowedFrom: Record<CompanyDecisionInput["decision"], readonly CompanyStatus[]> = {
  approve: ["pending", "rejected"],
  reject: ["pending", "approved"],
};

export async function decideCompany(
  user: User | null,
  forumId: string,
  input: CompanyDecisionInput,
  db: Database = getDb(),
): Promise<Company> {
  assertOrganiser(user);
  const to: CompanyStatus = input.decision === "approve" ? "approved" : "rejected";
  if (!allowedFrom[input.decision].includes(input.seenStatus)) throw new PublicError("alreadyDecided", 409);
  const updated = await db.transaction(async (tx) => {
    const changed = await setCompanyStatus(
      input.companyId,
      forumId,
      [input.seenStatus],
      to,
      input.decision === "reject" ? input.reason : null,
      tx,
    );
    if (changed) {
      await recordAudit(
        {
          forumId,
          actorId: user.id,
          action: `company.${input.decision}`,
          entity: "company",
          entityId: changed.id,
          before: { status: input.seenStatus },
          after: { status: to, rejectionReason: changed.rejectionReason },
        },
        tx,
      );
    }
    return changed;
  });
  if (updated) return updated;
  const current = await findCompanyInForum(input.companyId, forumId, db);
  if (!current) throw new PublicError("notFound", 404);
  throw new PublicError("alreadyDecided", 409);
}
