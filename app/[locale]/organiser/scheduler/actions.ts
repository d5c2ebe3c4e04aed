"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import { formAction } from "@/lib/actions/safe-action";
import { discardProposal, publishProposal } from "@/lib/auto-schedule/publish";
import { runAutoSchedule } from "@/lib/auto-schedule/run";
import { notFoundError } from "@/lib/errors";
import type { ActionResult } from "@/lib/actions/result";
import { proposalDecisionSchema, runSchedulerSchema, type SchedulerOutcome } from "@/lib/schemas/scheduler";

export const runSchedulerAction = formAction({ schema: runSchedulerSchema, access: "organiser" }, async (_input, user): Promise<ActionResult<SchedulerOutcome>> => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  const proposal = await runAutoSchedule(user, forum);
  revalidatePath("/[locale]/organiser/scheduler", "page");
  return { ok: true, data: { kind: "ran", proposalId: proposal.id, placed: proposal.placed, unplaced: proposal.unplaced } };
});

export const decideProposalAction = formAction({ schema: proposalDecisionSchema, access: "organiser" }, async (input, user): Promise<ActionResult<SchedulerOutcome>> => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  revalidatePath("/[locale]/organiser/scheduler", "page");
  if (input.decision === "discard") {
    await discardProposal(user, forum, input.proposalId);
    return { ok: true, data: { kind: "discarded" } };
  }
  const { meetings, emails } = await publishProposal(user, forum, input.proposalId);
  return { ok: true, data: { kind: "published", meetings, emails } };
});
