import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { forums, sectors, users, type Forum, type User } from "@/db/schema";
import type { CompanyInput } from "@/lib/schemas/company";

/** A small forum of its own for a test file: two countries, three sectors. */
export async function makeForum(db: Database): Promise<Forum> {
  const [forum] = await db
    .insert(forums)
    .values({
      slug: `test-${randomUUID()}`,
      name: { fr: "Forum de test" },
      city: { fr: "Alger" },
      timeZone: "Africa/Algiers",
      startsOn: "2026-12-08",
      endsOn: "2026-12-09",
      countryA: "DZ",
      countryB: "RU",
    })
    .returning();
  if (!forum) throw new Error("no forum");
  await db.insert(sectors).values(
    ["energy", "pharma_health", "logistics"].map((code, position) => ({ forumId: forum.id, code, name: { fr: code }, position })),
  );
  return forum;
}

export async function makeUser(db: Database, name = "Test Delegate"): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({ email: `${randomUUID()}@example.org`, fullName: name })
    .returning();
  if (!user) throw new Error("no user");
  return user;
}

export const companyInput = (overrides: Partial<CompanyInput> = {}): CompanyInput => ({
  name: "SARL Test Énergie",
  country: "DZ",
  city: "Oran",
  sectors: ["energy"],
  description: "Installation de centrales solaires.",
  website: "https://test-energie.dz",
  size: "small",
  lookingFor: ["export"],
  offers: [{ text: "centrales solaires clé en main", sector: "energy" }],
  needs: [{ text: "onduleurs", sector: "energy" }],
  ...overrides,
});

/** A 1×1 transparent PNG. */
export const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
