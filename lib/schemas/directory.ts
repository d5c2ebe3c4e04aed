import { z } from "zod";
import { lookingForOptions } from "@/db/schema";

export const DIRECTORY_PAGE_SIZE = 20;
export const DIRECTORY_MAX_PAGE = 1000;
export const DIRECTORY_QUERY_MAX = 100;

/** A query-string value as a list: absent or empty is none, one value is a list of one. */
function asList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== "");
}

/** The last value when a query-string key was given twice. */
function asOne(value: unknown): unknown {
  return Array.isArray(value) ? value[value.length - 1] : value;
}

// Messages are keys under "errors" in messages/*.json.
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(asList, z.array(item).max(max, { error: "tooMany" }));

/**
 * A directory search, as the page's GET form and the JSON API receive it: every value is a
 * string (or a repeated key) and is coerced here. Shared by /companies and /api/v1/companies.
 */
export const directoryQuerySchema = z.object({
  q: z.preprocess(
    (value) => asOne(value) ?? "",
    z.string().trim().max(DIRECTORY_QUERY_MAX, { error: "queryTooLong" }),
  ),
  country: list(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "invalidCountry" }),
    10,
  ),
  sector: list(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { error: "invalidSector" }),
    20,
  ),
  lookingFor: list(z.enum(lookingForOptions, { error: "invalidLookingFor" }), lookingForOptions.length),
  page: z.preprocess(
    (value) => asOne(value) ?? 1,
    z.coerce
      .number({ error: "invalidPage" })
      .int({ error: "invalidPage" })
      .min(1, { error: "invalidPage" })
      .max(DIRECTORY_MAX_PAGE, { error: "invalidPage" }),
  ),
  pageSize: z.preprocess(
    (value) => asOne(value) ?? DIRECTORY_PAGE_SIZE,
    z.coerce.number({ error: "invalidPageSize" }).int({ error: "invalidPageSize" }).min(1, { error: "invalidPageSize" }).max(50, { error: "invalidPageSize" }),
  ),
});

export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

/** The URL search string of a query, without defaults, so shared links stay short. */
export function directorySearchParams(query: Partial<DirectoryQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const country of query.country ?? []) params.append("country", country);
  for (const sector of query.sector ?? []) params.append("sector", sector);
  for (const value of query.lookingFor ?? []) params.append("lookingFor", value);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== DIRECTORY_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params;
}
