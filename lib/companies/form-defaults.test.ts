import { describe, expect, it } from "vitest";
import type { CompanyProfile } from "@/db/companies";
import type { Company } from "@/db/schema";
import { createCompanyFormSchema } from "@/lib/schemas/company";
import { delegateFormSchema } from "@/lib/schemas/delegate";
import { companyDefaults, delegateDefaults } from "./form-defaults";

const company = {
  name: "Atlas Froid",
  country: "DZ",
  city: "Sétif",
  description: "Entrepôts frigorifiques.",
  website: "https://atlas-froid.dz",
  size: "small",
  lookingFor: ["export", "investment"],
} as Company;

describe("the forms' default values", () => {
  it("give back, through the company form's schema, the profile they came from", () => {
    const profile: CompanyProfile = {
      company,
      sectorCodes: ["logistics", "energy"],
      items: [
        { kind: "offer", text: "entrepôts", sectorCode: "logistics" },
        { kind: "need", text: "groupes froids", sectorCode: "energy" },
        { kind: "offer", text: "transport frigorifique", sectorCode: "logistics" },
      ],
    };
    expect(createCompanyFormSchema.parse(companyDefaults(profile))).toEqual({
      name: "Atlas Froid",
      country: "DZ",
      city: "Sétif",
      description: "Entrepôts frigorifiques.",
      website: "https://atlas-froid.dz",
      size: "small",
      lookingFor: ["export", "investment"],
      sectors: ["logistics", "energy"],
      offers: [
        { text: "entrepôts", sector: "logistics" },
        { text: "transport frigorifique", sector: "logistics" },
      ],
      needs: [{ text: "groupes froids", sector: "energy" }],
    });
  });

  it("put uncommon languages in the free field, and read back the same set", () => {
    const values = delegateDefaults({ fullName: "Lyes Ouali", jobTitle: null, languages: ["fr", "kab", "ru", "pt"], locale: "ar" });
    expect(values).toMatchObject({ "languages.fr": "on", "languages.ru": "on", languagesOther: "kab, pt", jobTitle: "", locale: "ar" });
    expect(delegateFormSchema.parse(values)).toMatchObject({ fullName: "Lyes Ouali", jobTitle: null, languages: ["fr", "ru", "kab", "pt"], locale: "ar" });
  });
});
