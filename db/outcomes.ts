import { and, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { forumGoals, meetingOutcomes, type ForumGoal, type MeetingOutcome, type OutcomeCurrency, type OutcomeKind } from "./schema";

export interface OutcomeValues {
  outcome: OutcomeKind;
  estimatedValue: string | null;
  currency: OutcomeCurrency | null;
  note: string | null;
}

/** One side's record: written again when that side changes its mind. */
export async function upsertOutcome(meetingId: string, companyId: string, recordedBy: string, values: OutcomeValues, db: Database = getDb()) {
  const [row] = await db
    .insert(meetingOutcomes)
    .values({ meetingId, companyId, recordedBy, ...values })
    .onConflictDoUpdate({
      target: [meetingOutcomes.meetingId, meetingOutcomes.companyId],
      set: { ...values, recordedBy, recordedAt: sql`now()` as unknown as Date },
    })
    .returning();
  return row!;
}

/**
 * The outcomes of a meeting a reader may see. A company's reader gets its own side's record
 * and nothing of the other's; only an organiser (companyId null) reads both.
 */
export async function listVisibleOutcomes(meetingId: string, reader: { companyId: string | null; organiser: boolean }, db: Database = getDb()): Promise<MeetingOutcome[]> {
  if (!reader.organiser && !reader.companyId) return [];
  return db
    .select()
    .from(meetingOutcomes)
    .where(and(eq(meetingOutcomes.meetingId, meetingId), reader.organiser ? undefined : eq(meetingOutcomes.companyId, reader.companyId!)));
}

export async function findForumGoal(forumId: string, db: Database = getDb()): Promise<ForumGoal | null> {
  const [row] = await db.select().from(forumGoals).where(eq(forumGoals.forumId, forumId)).limit(1);
  return row ?? null;
}

export async function upsertForumGoal(forumId: string, values: Pick<ForumGoal, "dealValueGoal" | "currency" | "rates">, updatedBy: string, db: Database = getDb()) {
  const [row] = await db
    .insert(forumGoals)
    .values({ forumId, ...values, updatedBy })
    .onConflictDoUpdate({ target: forumGoals.forumId, set: { ...values, updatedBy, updatedAt: sql`now()` as unknown as Date } })
    .returning();
  return row!;
}
