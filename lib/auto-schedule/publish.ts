import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { sqlStateOf } from "@/db/errors";
import { schedulingBasis } from "@/db/scheduler-input";
import {
  insertProposalMeetings,
  lockAcceptedRequests,
  lockForum,
  lockProposal,
  setProposalStatus,
} from "@/db/scheduler-proposals";
import type { Forum, User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { enqueueScheduleEmails } from "./emails";
import { assertAutoScheduleOpen } from "./run";

// What the database says when something it guards changed since the run.
const staleStates = new Set(["23505", "23P01", "23503", "PA002", "PA004"]);

/** The proposal is still to decide on: a draft of this forum. */
async function lockDraft(forumId: string, proposalId: string, tx: Database) {
  const proposal = await lockProposal(proposalId, forumId, tx);
  if (!proposal) throw new PublicError("notFound", 404);
  if (proposal.status !== "draft") throw new PublicError("proposalDecided", 409);
  return proposal;
}

/**
 * Books the proposal's meetings in one transaction, tells each delegate of their new
 * meetings, and logs it. Publishes of one forum queue on the forum's row lock; the first
 * one changes what the others were computed from, so exactly one of them is written and
 * the others are refused with nothing written.
 */
export async function publishProposal(
  user: User | null,
  forum: Forum,
  proposalId: string,
  db: Database = getDb(),
): Promise<{ meetings: number; emails: number }> {
  assertOrganiser(user);
  try {
    return await db.transaction(async (tx) => {
      const current = await lockForum(forum.id, tx);
      if (!current) throw new PublicError("notFound", 404);
      assertAutoScheduleOpen({ ...forum, ...current } as Forum);
      const proposal = await lockDraft(forum.id, proposalId, tx);
      if (proposal.basis !== (await schedulingBasis(forum.id, tx))) throw new PublicError("proposalStale", 409);
      if ((await lockAcceptedRequests(proposal.id, tx)) !== proposal.placed) throw new PublicError("proposalStale", 409);
      const meetings = await insertProposalMeetings(proposal.id, forum.id, user.id, tx);
      if (meetings !== proposal.placed) throw new PublicError("proposalStale", 409);
      await setProposalStatus(proposal.id, "published", user.id, tx);
      const emails = await enqueueScheduleEmails(proposal.id, forum, tx);
      await recordAudit(
        {
          forumId: forum.id,
          actorId: user.id,
          action: "scheduler.publish",
          entity: "scheduler_proposal",
          entityId: proposal.id,
          before: { status: "draft" },
          after: { status: "published", meetings, emails },
        },
        tx,
      );
      return { meetings, emails };
    });
  } catch (error) {
    if (error instanceof PublicError) throw error;
    if (staleStates.has(sqlStateOf(error) ?? "")) throw new PublicError("proposalStale", 409);
    throw error;
  }
}

/** Throws a draft away: nothing is booked, the proposal stays in the log as discarded. */
export async function discardProposal(user: User | null, forum: Forum, proposalId: string, db: Database = getDb()): Promise<void> {
  assertOrganiser(user);
  await db.transaction(async (tx) => {
    await lockDraft(forum.id, proposalId, tx);
    await setProposalStatus(proposalId, "discarded", user.id, tx);
    await recordAudit(
      {
        forumId: forum.id,
        actorId: user.id,
        action: "scheduler.discard",
        entity: "scheduler_proposal",
        entityId: proposalId,
        before: { status: "draft" },
        after: { status: "discarded" },
      },
      tx,
    );
  });
}
