import { findSectorIds, type CompanyFields, type CompanyItemRow } from "@/db/companies";
import type { Database } from "@/db/client";
import type { Forum } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import type { CompanyInput } from "@/lib/schemas/company";

export interface ResolvedCompanyInput {
  fields: CompanyFields;
  sectorIds: string[];
  items: CompanyItemRow[];
}

/**
 * Checks what zod cannot know: the country is one of the forum's two, and every sector code
 * (of the company and of each item) is one of this forum's sectors. Reads only.
 */
export async function resolveCompanyInput(forum: Forum, input: CompanyInput, db: Database): Promise<ResolvedCompanyInput> {
  if (input.country !== forum.countryA && input.country !== forum.countryB) {
    throw new PublicError("invalidChoice", 422, "country");
  }
  const itemCodes = [...input.offers, ...input.needs].map((item) => item.sector);
  const ids = await findSectorIds(forum.id, [...new Set([...input.sectors, ...itemCodes])], db);
  const sectorIds = input.sectors.map((code) => ids.get(code));
  if (sectorIds.some((id) => !id)) throw new PublicError("invalidChoice", 422, "sectors");

  const items: CompanyItemRow[] = [];
  for (const [kind, field] of [["offer", "offers"], ["need", "needs"]] as const) {
    for (const item of input[field]) {
      const sectorId = ids.get(item.sector);
      if (!sectorId) throw new PublicError("invalidChoice", 422, field);
      items.push({ kind, text: item.text, sectorId });
    }
  }
  return {
    fields: {
      name: input.name,
      country: input.country,
      city: input.city,
      description: input.description,
      website: input.website,
      size: input.size,
      lookingFor: [...new Set(input.lookingFor)],
    },
    sectorIds: sectorIds as string[],
    items,
  };
}
