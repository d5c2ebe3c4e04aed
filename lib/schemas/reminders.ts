import { z } from "zod";

/** The organiser's request expiry: a number of days, or empty for "only when self-service booking closes". */
export const requestExpirySchema = z.object({
  requestExpiryDays: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.coerce.number({ error: "expiryDaysRange" }).int({ error: "expiryDaysRange" }).min(1, { error: "expiryDaysRange" }).max(60, { error: "expiryDaysRange" }).nullable(),
  ),
});
export type RequestExpiryInput = z.infer<typeof requestExpirySchema>;
