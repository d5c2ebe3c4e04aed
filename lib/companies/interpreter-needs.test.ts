import { and, eq, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { delegateFormSchema } from "@/lib/schemas/delegate";
import { findUserById } from "@/db/users";
import { giveUpSeat, takeSeat } from "@/lib/booking/seats";
import { leaveCompany, updateDelegateProfile } from "./delegates";
import { createInvitation, joinCompany } from "./invitations";
import { makeUser } from "./test-fixtures";

let t: TestDatabase;
let amina: User;
/** Every demo meeting is still to come, so seats can change. */
const beforeForum = new Date("2026-11-01T09:00:00Z");
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  amina = (await t.db.select().from(users).where(eq(users.email, "amina.benali@demo.passerelle.test")))[0]!;
});
afterAll(async () => {
  await t?.close();
});

const scheduledOf = (companyId: string) =>
  t.db
    .select()
    .from(meetings)
    .where(and(eq(meetings.status, "scheduled"), or(eq(meetings.companyAId, companyId), eq(meetings.companyBId, companyId))));

const speaking = (...languages: string[]) =>
  delegateFormSchema.parse({ fullName: amina.fullName, jobTitle: amina.jobTitle ?? "", ...Object.fromEntries(languages.map((l) => [`languages.${l}`, "on"])) });

describe("a meeting's need for an interpreter", () => {
  it("follows a delegate's languages: learning the other side's language lifts it, and forgetting it brings it back", async () => {
    const before = await scheduledOf(amina.companyId!);
    const needing = before.filter((m) => m.interpreterNeeded);
    expect(needing.length).toBeGreaterThan(0);

    await updateDelegateProfile(amina, speaking(...amina.languages, "ru", "en", "fr"), t.db);
    const after = await scheduledOf(amina.companyId!);
    expect(after.filter((m) => m.interpreterNeeded)).toEqual([]);

    await updateDelegateProfile(amina, speaking(...amina.languages), t.db);
    const again = await scheduledOf(amina.companyId!);
    expect(again.filter((m) => m.interpreterNeeded).map((m) => m.id).sort()).toEqual(needing.map((m) => m.id).sort());
  });

  it("follows who is seated: a colleague who speaks the partners' languages lifts it by taking a seat, not by joining, and it comes back when they give it up or leave", async () => {
    const needing = (await scheduledOf(amina.companyId!)).filter((m) => m.interpreterNeeded);
    const needingIds = needing.map((m) => m.id).sort();
    expect(needing.length).toBeGreaterThan(0);
    const stillNeeding = async () => (await scheduledOf(amina.companyId!)).filter((m) => m.interpreterNeeded).map((m) => m.id).sort();
    const [main] = await t.db.select().from(users).where(and(eq(users.companyId, amina.companyId!), eq(users.isMainContact, true)));
    const { token } = await createInvitation(main!, { companyId: amina.companyId! }, {}, t.db);
    const colleague = await makeUser(t.db, "Samir Interprète");
    await t.db.update(users).set({ languages: ["ar", "ru", "en", "fr"] }).where(eq(users.id, colleague.id));
    await joinCompany((await findUserById(colleague.id, t.db))!, token, t.db);
    // Joining seats nobody at a meeting already booked: the people at the table are the same.
    expect(await stillNeeding()).toEqual(needingIds);

    const meeting = needing[0]!;
    const joined = (await findUserById(colleague.id, t.db))!;
    await takeSeat(joined, { meetingId: meeting.id }, t.db, beforeForum);
    expect(await stillNeeding()).toEqual(needingIds.filter((id) => id !== meeting.id));
    await giveUpSeat(joined, { meetingId: meeting.id }, t.db, beforeForum);
    expect(await stillNeeding()).toEqual(needingIds);

    await takeSeat(joined, { meetingId: meeting.id }, t.db, beforeForum);
    await leaveCompany(joined, { companyId: amina.companyId! }, t.db, beforeForum);
    expect(await stillNeeding()).toEqual(needingIds);
  });
});
