import { z } from "zod";

export const suggestionsPageSize = 20;

/** The suggestions page's query: a page number, 1 when missing or nonsense. */
export const matchesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
