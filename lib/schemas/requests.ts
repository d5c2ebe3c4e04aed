import { z } from "zod";

export const sendRequestSchema = z.object({
  toCompanyId: z.uuid({ error: "notFound" }),
  message: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export type SendRequestInput = z.infer<typeof sendRequestSchema>;

export const respondRequestSchema = z.object({
  requestId: z.uuid({ error: "notFound" }),
  decision: z.enum(["accept", "decline"], { error: "invalidInput" }),
  note: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export type RespondRequestInput = z.infer<typeof respondRequestSchema>;

export const cancelRequestSchema = z.object({
  requestId: z.uuid({ error: "notFound" }),
  note: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export type CancelRequestInput = z.infer<typeof cancelRequestSchema>;
