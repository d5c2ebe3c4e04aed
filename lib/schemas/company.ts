import { z } from "zod";
import { companySizes, lookingForOptions } from "@/db/schema";
import { collectFlags, collectRows, MAX_ROWS, type FormRow } from "./form-fields";
import { DESCRIPTION_MAX, ITEM_TEXT_MAX, ITEM_TEXT_MIN, MAX_ITEMS_PER_KIND, MAX_SECTORS } from "./profile-limits";

// Messages are keys, under "errors" or, for this area's own codes, under "profileErrors".

export { DESCRIPTION_MAX, ITEM_TEXT_MAX, MAX_ITEMS_PER_KIND } from "./profile-limits";

// Rows as the form sends them, empty ones included; checked one by one below.
const rowSchema = z.object({ index: z.number().int().optional(), text: z.string().max(2000, { error: "tooLong" }), sector: z.string().max(80) });

const sectorCode = z.string().trim().regex(/^[a-z0-9_]{1,60}$/, { error: "invalidChoice" });

const text = (min: number, max: number) =>
  z
    .string({ error: "required" })
    .trim()
    // Empty is a field left out, not a short one.
    .min(min, { error: (issue) => (issue.input === "" ? "required" : "tooShort") })
    .max(max, { error: "tooLong" });

/** A web address: http or https only; "example.dz" is read as "https://example.dz". */
const httpUrl = z.httpUrl();
export const websiteSchema = z
  .string()
  .trim()
  .max(300, { error: "tooLong" })
  .optional()
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : (value ?? "")))
  .refine((value) => value === "" || httpUrl.safeParse(value).success, { error: "invalidUrl" })
  .transform((value) => value || null);

/** The company's fields as data (what an API client would send). */
export const companyInputSchema = z
  .object({
    name: text(2, 160),
    country: z.string({ error: "required" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "required" }),
    city: text(1, 120),
    sectors: z.array(sectorCode).min(1, { error: "chooseSector" }).max(MAX_SECTORS, { error: "tooMany" }),
    description: z.string().trim().max(DESCRIPTION_MAX, { error: "tooLong" }).default(""),
    website: websiteSchema,
    size: z
      .enum(["", ...companySizes], { error: "invalidChoice" })
      .optional()
      .transform((size) => size || null),
    lookingFor: z.array(z.enum(lookingForOptions, { error: "invalidChoice" })).min(1, { error: "chooseLookingFor" }),
    offers: z.array(rowSchema).max(MAX_ROWS, { error: "tooManyItems" }).default([]),
    needs: z.array(rowSchema).max(MAX_ROWS, { error: "tooManyItems" }).default([]),
  })
  .superRefine((input, ctx) => {
    // Item errors carry the row's own field name ("offers.2.text"), so the form shows each
    // message next to the row it is about.
    for (const kind of ["offers", "needs"] as const) {
      const rows = input[kind].filter((row) => row.text.trim() || row.sector.trim());
      if (rows.length > MAX_ITEMS_PER_KIND) ctx.addIssue({ code: "custom", path: [kind], message: "tooManyItems" });
      rows.forEach((row, position) => {
        const field = `${kind}.${row.index ?? position}`;
        const length = row.text.trim().length;
        if (length < ITEM_TEXT_MIN) ctx.addIssue({ code: "custom", path: [`${field}.text`], message: length ? "tooShort" : "required" });
        if (length > ITEM_TEXT_MAX) ctx.addIssue({ code: "custom", path: [`${field}.text`], message: "tooLong" });
        if (!sectorCode.safeParse(row.sector).success) {
          ctx.addIssue({ code: "custom", path: [`${field}.sector`], message: "itemSectorRequired" });
        }
      });
    }
  })
  .transform(({ offers, needs, sectors, ...rest }) => {
    const items = (rows: Omit<FormRow, "index">[]) =>
      rows.filter((row) => row.text.trim() || row.sector.trim()).map((row) => ({ text: row.text.trim(), sector: row.sector.trim() }));
    return { ...rest, sectors: [...new Set(sectors)], offers: items(offers), needs: items(needs) };
  });
export type CompanyInput = z.infer<typeof companyInputSchema>;

/**
 * The company form as FormData gives it: one checkbox name per choice ("sectors.energy") and
 * one name per item field ("offers.0.text"), so a failed submit can echo back every value.
 */
function fromCompanyForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  return {
    ...form,
    sectors: Array.isArray(form.sectors) ? form.sectors : collectFlags(form, "sectors"),
    lookingFor: Array.isArray(form.lookingFor) ? form.lookingFor : collectFlags(form, "lookingFor"),
    offers: collectRows(form, "offers"),
    needs: collectRows(form, "needs"),
  };
}

export const createCompanyFormSchema = z.preprocess(fromCompanyForm, companyInputSchema);

export const updateCompanyFormSchema = z.preprocess(
  fromCompanyForm,
  z.intersection(z.object({ companyId: z.uuid({ error: "notFound" }) }), companyInputSchema),
);
export type UpdateCompanyInput = z.infer<typeof updateCompanyFormSchema>;
