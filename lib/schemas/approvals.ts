import { z } from "zod";
import { companyStatuses } from "@/db/schema";
import { checkbox } from "./forum-settings";

export const companyDecisionSchema = z
  .object({
    companyId: z.uuid({ error: "notFound" }),
    decision: z.enum(["approve", "reject"], { error: "invalidInput" }),
    /** The status the organiser saw: the decision applies only if no one changed it since. */
    seenStatus: z.enum(companyStatuses, { error: "invalidInput" }),
    reason: z.string().trim().max(500, { error: "tooLong" }).optional().default(""),
    /** Rejecting an approved company: its meetings to come are cancelled with it, knowingly. */
    cancelMeetings: checkbox,
  })
  .refine((input) => input.decision === "approve" || input.reason.length >= 3, {
    error: "reasonRequired",
    path: ["reason"],
  });
export type CompanyDecisionInput = z.infer<typeof companyDecisionSchema>;

export const companyQueueQuerySchema = z.object({
  status: z.enum(companyStatuses).catch("pending"),
  /** Part of the company's name. */
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
