import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { delegatesOfCompanies, loadSchedulingData, schedulingBasis } from "@/db/scheduler-input";
import { insertProposal } from "@/db/scheduler-proposals";
import type { Forum, SchedulerProposal, User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import { scheduleOffThread } from "@/lib/scheduler/off-thread";
import { toProposalContent, toSchedulerInput } from "./input";
import { searchTimeMs } from "./search-time";

/** The auto-scheduler serves forums whose meetings organisers may place, while the schedule is open. */
export function assertAutoScheduleOpen(forum: Forum) {
  if (forum.scheduleLocked) throw new PublicError("scheduleLocked", 409);
  if (forum.bookingMode === "self") throw new PublicError("autoScheduleOff", 409);
}

/**
 * Runs the engine over every accepted request without a meeting, the live meetings fixed
 * where they are, and stores the result as a draft proposal. Nothing is booked yet.
 */
export async function runAutoSchedule(
  user: User | null,
  forum: Forum,
  options: { timeLimitMs?: number; seed?: number } = {},
  db: Database = getDb(),
): Promise<SchedulerProposal> {
  assertOrganiser(user);
  assertAutoScheduleOpen(forum);
  // The digest is taken before the data: a change made while reading makes the proposal stale, never wrongly fresh.
  const basis = await schedulingBasis(forum.id, db);
  const data = await loadSchedulingData(forum.id, db);
  if (data.requests.length === 0) throw new PublicError("nothingToSchedule", 409);
  if (data.slots.length === 0 || !data.tables.some((t) => t.active)) throw new PublicError("noSlotsOrTables", 409);
  // On a thread of its own: the server goes on serving pages while the search runs.
  const result = await scheduleOffThread(toSchedulerInput(data), {
    timeLimitMs: options.timeLimitMs ?? searchTimeMs(data.requests.length),
    seed: options.seed ?? 1,
  });
  const content = toProposalContent(data, result, await delegatesOfCompanies(forum.id, db));
  return db.transaction(async (tx) => {
    const proposal = await insertProposal(
      {
        forumId: forum.id,
        basis,
        placed: content.placed.length,
        unplaced: content.unplaced.length,
        totalBreaks: result.stats.totalBreaks,
        maxBreakDifference: result.stats.maxBreakDifference,
        runTimeMs: Math.round(result.stats.runTimeMs),
        fewestBreaksProven: result.stats.fewestBreaksProven,
        createdBy: user.id,
      },
      content,
      tx,
    );
    await recordAudit(
      {
        forumId: forum.id,
        actorId: user.id,
        action: "scheduler.run",
        entity: "scheduler_proposal",
        entityId: proposal.id,
        after: { placed: proposal.placed, unplaced: proposal.unplaced, totalBreaks: proposal.totalBreaks },
      },
      tx,
    );
    return proposal;
  });
}
