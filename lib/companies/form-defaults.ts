import type { CompanyProfile } from "@/db/companies";
import type { User } from "@/db/schema";
import { commonLanguages } from "@/lib/schemas/profile-limits";

/**
 * A saved profile as the forms' field names hold it ("sectors.energy": "on",
 * "offers.0.text": ...): the same shape a failed submit echoes back.
 */
export function companyDefaults({ company, sectorCodes, items }: CompanyProfile): Record<string, string> {
  const values: Record<string, string> = {
    name: company.name,
    country: company.country,
    city: company.city,
    description: company.description,
    website: company.website ?? "",
    size: company.size ?? "",
  };
  for (const code of sectorCodes) values[`sectors.${code}`] = "on";
  for (const option of company.lookingFor) values[`lookingFor.${option}`] = "on";
  const position = { offer: 0, need: 0 };
  for (const item of items) {
    const prefix = `${item.kind === "offer" ? "offers" : "needs"}.${position[item.kind]++}`;
    values[`${prefix}.text`] = item.text;
    values[`${prefix}.sector`] = item.sectorCode ?? "";
  }
  return values;
}

export function delegateDefaults(user: Pick<User, "fullName" | "jobTitle" | "languages" | "locale">): Record<string, string> {
  const common = new Set<string>(commonLanguages);
  const values: Record<string, string> = { fullName: user.fullName, jobTitle: user.jobTitle ?? "", locale: user.locale };
  for (const code of user.languages.filter((c) => common.has(c))) values[`languages.${code}`] = "on";
  values.languagesOther = user.languages.filter((c) => !common.has(c)).join(", ");
  return values;
}

export const photoUrl = (userId: string, updatedAt: Date | null) => (updatedAt ? `/photos/${userId}?v=${updatedAt.getTime()}` : null);
