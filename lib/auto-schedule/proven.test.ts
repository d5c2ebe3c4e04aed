import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { forums, meetingRequests, schedulerProposalUnplaced, users, type Forum, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { runAutoSchedule } from "./run";

let t: TestDatabase;
let forum: Forum;
let organiser: User;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
  organiser = (await t.db.select().from(users).where(eq(users.role, "organiser")))[0]!;
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("a proposal with the fewest breaks", () => {
  it("says so only when the run proved no schedule of every meeting that fits has fewer", async () => {
    // A demo company has more accepted requests than free slots: which of them fit is a
    // choice, so no bound covers the proposal.
    const first = await runAutoSchedule(organiser, forum, { timeLimitMs: 300 }, t.db);
    expect(first.fewestBreaksProven).toBe(false);
    const full = await t.db
      .select({ requestId: schedulerProposalUnplaced.requestId })
      .from(schedulerProposalUnplaced)
      .where(and(eq(schedulerProposalUnplaced.proposalId, first.id), eq(schedulerProposalUnplaced.reason, "participantFull")));
    expect(full.length).toBeGreaterThan(0);

    // Those requests declined, every request left fits, and the search proves its breaks fewest.
    await t.db.update(meetingRequests).set({ status: "declined" }).where(inArray(meetingRequests.id, full.map((u) => u.requestId)));
    const second = await runAutoSchedule(organiser, forum, { timeLimitMs: 10_000 }, t.db);
    expect(second.fewestBreaksProven).toBe(true);
    expect(second.placed + second.unplaced).toBe(first.placed + first.unplaced - full.length);
    // Proven, the run ends there: a run that searched on would take its whole 10 s.
    expect(second.runTimeMs).toBeLessThan(5_000);
  });
});
