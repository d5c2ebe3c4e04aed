"use server";

import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { decideCompany } from "@/lib/approvals/decide";
import { notFoundError } from "@/lib/errors";
import { companyDecisionSchema } from "@/lib/schemas/approvals";

export const decideCompanyAction = formAction(
  { schema: companyDecisionSchema, access: "organiser" },
  async (input, user) => {
    const forum = await getCurrentForum();
    if (!forum) throw notFoundError();
    // The page refreshes itself once it has confirmed the decision (company-decision.tsx).
    const company = await decideCompany(user, forum.id, input);
    return { ok: true, data: { name: company.name, status: company.status } };
  },
);
