import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { forums, meetingTables, rooms, sectors, slots, users, type Forum, type Slot, type User } from "@/db/schema";
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

/**
 * A room with tables of these numbers, and `count` half-hour slots on the forum's first day
 * from 10:00 in Algiers (09:00 UTC), in time order: where a test books its meetings.
 */
export async function makeMorning(db: Database, forum: Forum, options: { tables: number[]; count: number }): Promise<{ tableIds: string[]; day: Slot[] }> {
  const [room] = await db.insert(rooms).values({ forumId: forum.id, name: { fr: "Salle" } }).returning();
  const tables = await db
    .insert(meetingTables)
    .values(options.tables.map((number) => ({ forumId: forum.id, roomId: room!.id, number })))
    .returning();
  const day = await db
    .insert(slots)
    .values(
      Array.from({ length: options.count }, (_, i) => ({
        forumId: forum.id,
        day: forum.startsOn,
        startsAt: new Date(Date.UTC(2026, 11, 8, 9, i * 30)),
        endsAt: new Date(Date.UTC(2026, 11, 8, 9, i * 30 + 30)),
      })),
    )
    .returning();
  day.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { tableIds: tables.sort((a, b) => a.number - b.number).map((x) => x.id), day };
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
