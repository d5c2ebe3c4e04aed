import { z } from "zod";

/** What either side may do with a request: the receiver accepts or declines, either side cancels. */
export const requestActions = ["accept", "decline", "cancel"] as const;
export type RequestAction = (typeof requestActions)[number];
export const requestActionSchema = z.enum(requestActions, { error: "invalidInput" });

/** One answer to a request, as the requests page's form and the API's action route send it. */
export const answerRequestSchema = z.object({
  requestId: z.uuid({ error: "notFound" }),
  action: requestActionSchema,
  note: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export type AnswerRequestInput = z.infer<typeof answerRequestSchema>;

/** The optional body of the API's accept, decline and cancel routes. */
export const requestNoteSchema = answerRequestSchema.pick({ note: true });
