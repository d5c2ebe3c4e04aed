import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { forums, meetingRequests, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { bookMeeting, freeSlotsForRequest } from "@/lib/booking/book";
import { myAvailability, saveBlockedSlots, setSlotBlocked } from "./blocks";

let t: TestDatabase;
let ivan: User;
let amina: User;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  const by = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
  ivan = await by("ivan.petrov@demo.passerelle.test");
  amina = await by("amina.benali@demo.passerelle.test");
});
afterAll(async () => {
  await t?.close();
});

describe("blocking slots", () => {
  it("marks and unmarks a slot, idempotently", async () => {
    const free = (await myAvailability(ivan, t.db)).filter((s) => !s.hasMeeting);
    const target = free.at(-1)!;
    await setSlotBlocked(ivan, { slotId: target.id, blocked: true }, t.db);
    await setSlotBlocked(ivan, { slotId: target.id, blocked: true }, t.db);
    expect((await myAvailability(ivan, t.db)).find((s) => s.id === target.id)?.blocked).toBe(true);
    await setSlotBlocked(ivan, { slotId: target.id, blocked: false }, t.db);
    expect((await myAvailability(ivan, t.db)).find((s) => s.id === target.id)?.blocked).toBe(false);
  });

  it("refuses to block a slot over one of the delegate's meetings", async () => {
    const [forum] = await t.db.select().from(forums);
    const [request] = await t.db
      .insert(meetingRequests)
      .values({ forumId: forum!.id, fromCompanyId: amina.companyId!, toCompanyId: ivan.companyId!, status: "accepted" })
      .returning();
    const slot = (await myAvailability(ivan, t.db)).find((s) => !s.hasMeeting && !s.blocked)!;
    await bookMeeting(amina, { requestId: request!.id, slotId: slot.id }, t.db);
    await expect(setSlotBlocked(ivan, { slotId: slot.id, blocked: true }, t.db)).rejects.toMatchObject({ code: "blockOverMeeting", status: 409 });
  });

  it("refuses a slot of no forum and a signed-out caller", async () => {
    await expect(setSlotBlocked(ivan, { slotId: "00000000-0000-4000-8000-000000000000", blocked: true }, t.db)).rejects.toMatchObject({ status: 404 });
    await expect(myAvailability(null, t.db)).rejects.toMatchObject({ status: 401 });
  });
});

describe("saving the availability form", () => {
  it("keeps exactly the ticked slots blocked, and booking then leaves them out", async () => {
    const karim = (await t.db.select().from(users).where(eq(users.email, "karim.haddad@demo.passerelle.test")))[0]!;
    const [forum] = await t.db.select().from(forums);
    const [request] = await t.db
      .insert(meetingRequests)
      .values({ forumId: forum!.id, fromCompanyId: karim.companyId!, toCompanyId: ivan.companyId!, status: "accepted" })
      .returning();
    const before = await freeSlotsForRequest(karim, request!.id, t.db);
    const [a, b, c] = before;
    await saveBlockedSlots(ivan, { slotIds: [a!.id, b!.id] }, t.db);
    const blocked = (await myAvailability(ivan, t.db)).filter((s) => s.blocked).map((s) => s.id);
    expect(blocked).toEqual(expect.arrayContaining([a!.id, b!.id]));
    const after = (await freeSlotsForRequest(karim, request!.id, t.db)).map((s) => s.id);
    expect(after).not.toContain(a!.id);
    expect(after).not.toContain(b!.id);
    expect(after).toContain(c!.id);
    await expect(bookMeeting(karim, { requestId: request!.id, slotId: a!.id }, t.db)).rejects.toMatchObject({ code: "attendeeUnavailable", status: 409 });

    // Unticking one frees it; a slot of no forum is ignored.
    await saveBlockedSlots(ivan, { slotIds: [b!.id, "00000000-0000-4000-8000-000000000000"] }, t.db);
    expect((await myAvailability(ivan, t.db)).filter((s) => s.blocked).map((s) => s.id)).toEqual([b!.id]);
    const booked = await bookMeeting(karim, { requestId: request!.id, slotId: a!.id }, t.db);
    expect(booked.slotId).toBe(a!.id);
  });

  it("refuses the whole form when a ticked slot holds a meeting, changing nothing", async () => {
    const withMeeting = (await myAvailability(ivan, t.db)).find((s) => s.hasMeeting)!;
    const free = (await myAvailability(ivan, t.db)).filter((s) => !s.hasMeeting && !s.blocked).at(-2)!;
    const blockedBefore = (await myAvailability(ivan, t.db)).filter((s) => s.blocked).map((s) => s.id);
    await expect(saveBlockedSlots(ivan, { slotIds: [free.id, withMeeting.id] }, t.db)).rejects.toMatchObject({ code: "blockOverMeeting", status: 409 });
    expect((await myAvailability(ivan, t.db)).filter((s) => s.blocked).map((s) => s.id)).toEqual(blockedBefore);
    await expect(saveBlockedSlots(null, { slotIds: [] }, t.db)).rejects.toMatchObject({ status: 401 });
  });
});
