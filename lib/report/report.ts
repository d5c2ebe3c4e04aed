import { getDb, type Database } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { findForumGoal, upsertForumGoal } from "@/db/outcomes";
import { countRequestsAndMeetings, mostActiveCompanies, outcomeValues, outcomesByCountryPair, outcomesBySector } from "@/db/report";
import { outcomeCurrencies, type OutcomeCurrency, type User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import type { z } from "zod";
import type { forumGoalSchema } from "@/lib/schemas/dayof";
import { dealValue, defaultGoal, defaultRatesToUsd } from "./value";

export interface ForumGoalView {
  dealValueGoal: number;
  currency: OutcomeCurrency;
  ratesToUsd: Record<OutcomeCurrency, number>;
  /** False while the organisers have not set a goal: the default is shown. */
  isSet: boolean;
}

export async function loadForumGoal(forumId: string, db: Database = getDb()): Promise<ForumGoalView> {
  const goal = await findForumGoal(forumId, db);
  if (!goal) return { ...defaultGoal, ratesToUsd: { ...defaultRatesToUsd }, isSet: false };
  return { dealValueGoal: Number(goal.dealValueGoal), currency: goal.currency.trim() as OutcomeCurrency, ratesToUsd: { ...defaultRatesToUsd, ...goal.rates }, isSet: true };
}

export async function setForumGoal(user: User | null, forumId: string, input: z.infer<typeof forumGoalSchema>, db: Database = getDb()) {
  assertOrganiser(user);
  const rates = Object.fromEntries(outcomeCurrencies.map((c) => [c, input[`rate${c}`]])) as Record<OutcomeCurrency, number>;
  return db.transaction(async (tx) => {
    const before = await findForumGoal(forumId, tx);
    const row = await upsertForumGoal(forumId, { dealValueGoal: input.dealValueGoal.toFixed(2), currency: input.currency, rates }, user.id, tx);
    await recordAudit({ forumId, actorId: user.id, action: "forum.goal", entity: "forum", entityId: forumId, before, after: row }, tx);
    return row;
  });
}

/** Everything the organisers' report shows, in a handful of grouped queries. */
export async function loadReport(user: User | null, forumId: string, db: Database = getDb()) {
  assertOrganiser(user);
  const [counts, bySector, byPair, values, active, goal] = await Promise.all([
    countRequestsAndMeetings(forumId, db),
    outcomesBySector(forumId, db),
    outcomesByCountryPair(forumId, db),
    outcomeValues(forumId, db),
    mostActiveCompanies(forumId, 10, db),
    loadForumGoal(forumId, db),
  ]);
  const value = dealValue(values, goal.currency, goal.ratesToUsd);
  return { counts, bySector, byPair, active, goal, value };
}
export type ForumReport = Awaited<ReturnType<typeof loadReport>>;
