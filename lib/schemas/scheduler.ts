import { z } from "zod";

export const runSchedulerSchema = z.object({});

export const proposalDecisionSchema = z.object({
  proposalId: z.uuid({ error: "notFound" }),
  decision: z.enum(["publish", "discard"], { error: "invalidInput" }),
});
export type ProposalDecisionInput = z.infer<typeof proposalDecisionSchema>;

/** The page's query: a bad value falls back to the first page or day rather than failing. */
export const schedulerQuerySchema = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  tables: z.coerce.number().int().min(1).max(1_000).catch(1),
  unplaced: z.coerce.number().int().min(1).max(10_000).catch(1),
  breaks: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** What the scheduler page's forms report back. */
export type SchedulerOutcome =
  | { kind: "ran"; proposalId: string; placed: number; unplaced: number }
  | { kind: "published"; meetings: number; emails: number }
  | { kind: "discarded" };
