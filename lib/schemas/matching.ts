import { z } from "zod";

/**
 * Ten a page: each suggestion carries its reasons and its own request form, and twenty made the
 * page 156 kB; the best fits come first, so few read past the first pages.
 */
export const suggestionsPageSize = 10;

/** The suggestions page's query: a page number, 1 when missing or nonsense. */
export const matchesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
