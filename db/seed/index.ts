import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../client";
import {
  agendaSessions,
  companies,
  companyItems,
  companySectors,
  forumDays,
  forums,
  meetingTables,
  rooms,
  sectors,
  users,
  type NewCompany,
  type NewUser,
} from "../schema";
import { demoAccounts, demoOrganiser } from "./demo-accounts";
import { syncSlots } from "../../lib/slots/sync";
import { buildDemoCompanies } from "./demo-companies";
import { seedDemoMeetings } from "./demo-meetings";
import { seedWaitingRequests } from "./demo-waiting-requests";
import { DEMO_FORUM_SLUG, demoAgenda, demoForum, demoForumDays, demoRooms, demoSectors, demoTables } from "./demo-forum";

export { demoAccounts, type DemoAccount } from "./demo-accounts";
export { DEMO_FORUM_SLUG, getDemoForumSlug } from "./demo-forum";

export interface SeedResult {
  created: boolean;
  companies: number;
  users: number;
}

const CHUNK = 500;
const HOUR = 3_600_000;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/**
 * Fills the database with the demo forum (Algiers 2026): its days, sectors, rooms, tables,
 * agenda, ~500 companies and their delegates, and the demo accounts. Does nothing if the
 * forum is already there, so it is safe at every start; all of it is one transaction.
 */
export async function seedDemo(db: Database): Promise<SeedResult> {
  const nothing: SeedResult = { created: false, companies: 0, users: 0 };
  const existing = await db.select({ id: forums.id }).from(forums).where(eq(forums.slug, DEMO_FORUM_SLUG)).limit(1);
  if (existing.length > 0) return nothing;

  const demoCompanies = buildDemoCompanies();
  // Hashing is slow on purpose (argon2id): do it before the transaction, once per account.
  const hashes = new Map(
    await Promise.all(demoAccounts.map(async (a) => [a.email, await hashPassword(a.password)] as const)),
  );
  const now = Date.now();

  return db.transaction(async (tx) => {
    // Another process may have seeded between our check and here: the unique slug decides.
    const [forum] = await tx
      .insert(forums)
      .values(demoForum)
      .onConflictDoNothing({ target: forums.slug })
      .returning({ id: forums.id });
    if (!forum) return nothing;
    const forumId = forum.id;

    await tx.insert(forumDays).values(demoForumDays.map((d) => ({ ...d, forumId })));

    const sectorIds = new Map(demoSectors.map((s) => [s.code, randomUUID()]));
    const sectorId = (code: string): string => {
      const id = sectorIds.get(code as never);
      if (!id) throw new Error(`unknown demo sector ${code}`);
      return id;
    };
    await tx.insert(sectors).values(
      demoSectors.map((s, position) => ({ id: sectorId(s.code), forumId, code: s.code, name: s.name, position })),
    );

    const roomRows = demoRooms.map((r, position) => ({ id: randomUUID(), forumId, name: r.name, capacity: r.capacity, position }));
    await tx.insert(rooms).values(roomRows);
    const roomIds = new Map(demoRooms.map((r, i) => [r.key, roomRows[i]?.id]));
    const b2bRoom = roomIds.get("b2b");
    if (!b2bRoom) throw new Error("the demo forum has no B2B room");
    await tx.insert(meetingTables).values(demoTables.map((t) => ({ forumId, roomId: b2bRoom, number: t.number, zone: t.zone })));
    await tx.insert(agendaSessions).values(
      demoAgenda.map((s) => ({
        forumId,
        kind: s.kind,
        title: s.title,
        roomId: s.roomKey ? (roomIds.get(s.roomKey) ?? null) : null,
        sectorId: s.sectorCode ? sectorId(s.sectorCode) : null,
        speakers: s.speakers,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        blocksB2b: s.blocksB2b,
      })),
    );

    const companyRows: NewCompany[] = [];
    const sectorRows: { companyId: string; sectorId: string }[] = [];
    const itemRows: (typeof companyItems.$inferInsert)[] = [];
    const userRows: NewUser[] = [];
    for (const c of demoCompanies) {
      const id = randomUUID();
      const createdAt = new Date(now - c.registeredHoursAgo * HOUR);
      companyRows.push({
        id,
        forumId,
        name: c.name,
        country: c.country,
        city: c.city,
        description: c.description,
        website: c.website,
        size: c.size,
        lookingFor: c.lookingFor,
        status: c.status,
        rejectionReason: c.rejectionReason ?? null,
        createdAt,
        updatedAt: createdAt,
      });
      for (const code of c.sectors) sectorRows.push({ companyId: id, sectorId: sectorId(code) });
      c.offers.forEach(([text, code], position) =>
        itemRows.push({ companyId: id, kind: "offer", text, sectorId: sectorId(code), position }),
      );
      c.needs.forEach(([text, code], position) =>
        itemRows.push({ companyId: id, kind: "need", text, sectorId: sectorId(code), position }),
      );
      c.delegates.forEach((d, i) =>
        userRows.push({
          email: d.email,
          passwordHash: hashes.get(d.email) ?? null,
          role: "participant",
          fullName: d.fullName,
          jobTitle: d.jobTitle,
          languages: d.languages,
          locale: d.locale,
          companyId: id,
          isMainContact: i === 0,
          createdAt: new Date(createdAt.getTime() + i * HOUR),
        }),
      );
    }
    userRows.push({
      ...demoOrganiser,
      languages: [...demoOrganiser.languages],
      passwordHash: hashes.get(demoOrganiser.email) ?? null,
      role: "organiser",
      createdAt: new Date(now - 3000 * HOUR),
    });

    const missing = demoAccounts.filter((a) => !userRows.some((u) => u.email === a.email));
    if (missing.length > 0) throw new Error(`demo accounts without a user: ${missing.map((a) => a.email).join(", ")}`);

    for (const part of chunks(companyRows)) await tx.insert(companies).values(part);
    for (const part of chunks(sectorRows)) await tx.insert(companySectors).values(part);
    for (const part of chunks(itemRows)) await tx.insert(companyItems).values(part);
    for (const part of chunks(userRows)) await tx.insert(users).values(part);
    await syncSlots(forumId, tx);
    await seedDemoMeetings(forumId, tx);
    await seedWaitingRequests(forumId, tx);

    return { created: true, companies: companyRows.length, users: userRows.length };
  });
}
