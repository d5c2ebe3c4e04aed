import { findCompanyInForum, setCompanyStatus } from "@/db/approvals";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { delegatesOf } from "@/db/meetings";
import type { Company, CompanyStatus, User } from "@/db/schema";
import { listStandingMeetings, type StandingMeeting } from "@/db/standing-meetings";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { cancelStandingMeeting, type MeetingsInTheWay } from "@/lib/forum-setup/recut";
import { recordOrganiserChange } from "@/lib/notices/record";
import { enqueueEmails } from "@/lib/notifications/outbox";
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
      if (input.seenStatus === "approved") await cancelMeetingsToCome(user, changed, input.cancelMeetings, tx);
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
      // The company hears of the decision, and of the reason for a rejection, in its own language.
      await enqueueEmails(
        to === "approved" ? "companyApproved" : "companyRejected",
        await delegatesOf([changed.id], tx),
        { company: changed.name, reason: changed.rejectionReason ?? "" },
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

/**
 * A company rejected after its approval keeps no meeting to come: the organiser is shown them
 * first and cancels them knowingly with the decision (both sides hear of it in their schedule
 * digest), as with a change of the programme. Meetings already held or begun stay on record.
 */
async function cancelMeetingsToCome(organiser: User, company: Company, confirmed: boolean, tx: Database): Promise<StandingMeeting[]> {
  const now = Date.now();
  const toCome = (await listStandingMeetings({ companyId: company.id, scheduledOnly: true }, tx)).filter((m) => Date.parse(m.startsAt) > now);
  if (toCome.length === 0) return [];
  if (!confirmed) throw new PublicError("companyHasMeetings", 409, undefined, { meetings: toCome } satisfies MeetingsInTheWay);
  for (const meeting of toCome) {
    const cancelled = await cancelStandingMeeting(company.forumId, organiser, meeting, "company.reject", tx);
    if (!cancelled) throw new PublicError("alreadyDecided", 409);
    await recordOrganiserChange(cancelled, "cancelled", null, tx);
  }
  return toCome;
}
