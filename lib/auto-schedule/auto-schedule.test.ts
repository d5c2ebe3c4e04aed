import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray, ne } from "drizzle-orm";
import { listAudit } from "@/db/audit";
import { loadSchedulingData } from "@/db/scheduler-input";
import {
  companies,
  emailOutbox,
  forums,
  meetingRequests,
  meetingAttendees,
  meetings,
  schedulerProposalMeetings,
  schedulerProposals,
  schedulerProposalUnplaced,
  unavailabilities,
  users,
  type Forum,
  type User,
} from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { demoRequestsToBook } from "@/db/seed/demo-meetings";
import { planWaitingRequests } from "@/db/seed/demo-waiting-plan";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { setSlotBlocked } from "@/lib/availability/blocks";
import { bookMeeting } from "@/lib/booking/book";
import { validateSchedule } from "@/lib/scheduler";
import { toSchedulerInput } from "./input";
import { discardProposal, publishProposal } from "./publish";
import { runAutoSchedule } from "./run";

let t: TestDatabase;
let forum: Forum;
let organiser: User;
let karim: User;
const quick = { timeLimitMs: 300 };
const plan = planWaitingRequests();

const userByEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!;
const total = async (table: typeof meetings | typeof emailOutbox | typeof meetingAttendees) => (await t.db.select({ n: count() }).from(table))[0]!.n;
const liveMeetings = async () => (await t.db.select({ n: count() }).from(meetings).where(ne(meetings.status, "cancelled")))[0]!.n;
const auditCount = async () => (await listAudit(forum.id, { limit: 1000, entity: "scheduler_proposal" }, t.db)).length;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  forum = (await t.db.select().from(forums))[0]!;
  organiser = (await t.db.select().from(users).where(eq(users.role, "organiser")))[0]!;
  karim = await userByEmail("karim.haddad@demo.passerelle.test");
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("the scheduler's data adapter", () => {
  it("takes the accepted requests without a meeting, the live meetings fixed, and each company's blocked slots", async () => {
    const data = await loadSchedulingData(forum.id, t.db);
    // The scheduler also takes the requests the demo leaves for their delegates to book.
    expect(data.requests).toHaveLength(plan.requests.length + demoRequestsToBook.length);
    expect(data.meetings).toHaveLength(await liveMeetings());
    const input = toSchedulerInput(data);
    expect(input.meetings.filter((m) => m.fixed)).toHaveLength(data.meetings.length);
    expect(input.slots).toHaveLength(data.slots.length);
    expect(input.slots[0]!.tableIds).toHaveLength(data.tables.filter((x) => x.active).length);
    const blocked = await userByEmail(plan.blockedEverywhere[0]!);
    const company = input.participants.find((p) => p.id === blocked.companyId)!;
    expect(company.unavailableSlotIds?.length).toBe(data.slots.length);
  });
});

describe("running the auto-scheduler", () => {
  it("refuses a participant and a signed-out visitor, and writes nothing", async () => {
    await expect(runAutoSchedule(karim, forum, quick, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(runAutoSchedule(null, forum, quick, t.db)).rejects.toMatchObject({ status: 401 });
    expect(await t.db.select().from(schedulerProposals)).toEqual([]);
  });

  it("is refused while the schedule is locked, and in a forum where delegates book for themselves", async () => {
    await expect(runAutoSchedule(organiser, { ...forum, scheduleLocked: true }, quick, t.db)).rejects.toMatchObject({ code: "scheduleLocked", status: 409 });
    await expect(runAutoSchedule(organiser, { ...forum, bookingMode: "self" }, quick, t.db)).rejects.toMatchObject({ code: "autoScheduleOff", status: 409 });
    expect(await t.db.select().from(schedulerProposals)).toEqual([]);
  });

  it("stores a draft that places what fits, honours blocks and fixed meetings, and says why the rest is left out", async () => {
    const proposal = await runAutoSchedule(organiser, forum, quick, t.db);
    expect(proposal.status).toBe("draft");
    expect(proposal.placed + proposal.unplaced).toBe(plan.requests.length + demoRequestsToBook.length);
    expect(proposal.placed).toBeGreaterThan(plan.requests.length - 2 * 5);
    const unplaced = await t.db.select().from(schedulerProposalUnplaced).where(eq(schedulerProposalUnplaced.proposalId, proposal.id));
    const blockedCompany = (await userByEmail(plan.blockedEverywhere[0]!)).companyId;
    expect(unplaced.filter((u) => u.companyId === blockedCompany).map((u) => u.reason)).toEqual(Array(5).fill("participantUnavailable"));
    expect(unplaced.some((u) => u.reason === "participantFull")).toBe(true);

    // The stored proposal, with the live meetings, is a valid schedule of the engine's input.
    const data = await loadSchedulingData(forum.id, t.db);
    const placed = await t.db.select().from(schedulerProposalMeetings).where(eq(schedulerProposalMeetings.proposalId, proposal.id));
    const input = toSchedulerInput(data);
    const result = {
      placed: [...placed.map((p) => ({ meetingId: p.requestId, slotId: p.slotId, tableId: p.tableId })), ...data.meetings.map((m) => ({ meetingId: m.id, slotId: m.slotId, tableId: m.tableId }))],
      unplaced: unplaced.map((u) => ({ meetingId: u.requestId, reason: { kind: u.reason } })),
    };
    const violations = validateSchedule(input, result as never).filter((v) => v.rule !== "stats");
    expect(violations).toEqual([]);
    const blocks = await t.db.select().from(unavailabilities);
    const blockedSlots = new Set(blocks.map((b) => b.slotId));
    expect(placed.filter((p) => blockedSlots.has(p.slotId) && [p.companyAId, p.companyBId].includes(blockedCompany!))).toEqual([]);
  });
});

describe("publishing a proposal", () => {
  it("refuses when a meeting was booked since the run, and writes nothing", async () => {
    const proposal = await runAutoSchedule(organiser, forum, quick, t.db);
    const before = { meetings: await total(meetings), emails: await total(emailOutbox), audit: await auditCount() };
    // Karim books one of his waiting requests himself, in a slot the proposal did not give it.
    const mine = await t.db.select().from(schedulerProposalMeetings).where(and(eq(schedulerProposalMeetings.proposalId, proposal.id), eq(schedulerProposalMeetings.companyBId, karim.companyId!)));
    const data = await loadSchedulingData(forum.id, t.db);
    const other = data.slots.find((s) => s.id !== mine[0]!.slotId && !mine.some((m) => m.slotId === s.id))!;
    await bookMeeting(karim, { requestId: mine[0]!.requestId, slotId: other.id }, t.db);
    const booked = { meetings: await total(meetings), emails: await total(emailOutbox), audit: await auditCount() };
    expect(booked.meetings).toBe(before.meetings + 1);

    await expect(publishProposal(organiser, forum, proposal.id, t.db)).rejects.toMatchObject({ code: "proposalStale", status: 409 });
    expect({ meetings: await total(meetings), emails: await total(emailOutbox), audit: await auditCount() }).toEqual(booked);
    const [after] = await t.db.select().from(schedulerProposals).where(eq(schedulerProposals.id, proposal.id));
    expect(after!.status).toBe("draft");
  });

  it("refuses a proposal once the schedule is locked, and writes nothing", async () => {
    const proposal = await runAutoSchedule(organiser, forum, quick, t.db);
    const before = await total(meetings);
    await t.db.update(forums).set({ scheduleLocked: true }).where(eq(forums.id, forum.id));
    try {
      await expect(publishProposal(organiser, forum, proposal.id, t.db)).rejects.toMatchObject({ code: "scheduleLocked", status: 409 });
    } finally {
      await t.db.update(forums).set({ scheduleLocked: false }).where(eq(forums.id, forum.id));
    }
    expect(await total(meetings)).toBe(before);
  });

  it("refuses a participant, and writes nothing", async () => {
    const proposal = await runAutoSchedule(organiser, forum, quick, t.db);
    const before = await total(meetings);
    await expect(publishProposal(karim, forum, proposal.id, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(discardProposal(karim, forum, proposal.id, t.db)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    expect(await total(meetings)).toBe(before);
    expect((await t.db.select().from(schedulerProposals).where(eq(schedulerProposals.id, proposal.id)))[0]!.status).toBe("draft");
  });

  it("throws a draft away: nothing booked, and it cannot be published after", async () => {
    const proposal = await runAutoSchedule(organiser, forum, quick, t.db);
    const before = await total(meetings);
    await discardProposal(organiser, forum, proposal.id, t.db);
    await expect(publishProposal(organiser, forum, proposal.id, t.db)).rejects.toMatchObject({ code: "proposalDecided" });
    expect(await total(meetings)).toBe(before);
  });

  it("lets exactly one of two organisers publishing two proposals at once win, then tells each delegate once", async () => {
    const [a, b] = [await runAutoSchedule(organiser, forum, quick, t.db), await runAutoSchedule(organiser, forum, { ...quick, seed: 2 }, t.db)];
    const before = { meetings: await total(meetings), emails: await total(emailOutbox), attendees: await total(meetingAttendees) };
    const results = await Promise.allSettled([publishProposal(organiser, forum, a!.id, t.db), publishProposal(organiser, forum, b!.id, t.db)]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "proposalStale", status: 409 });
    const winner = results[0]!.status === "fulfilled" ? a! : b!;
    const loser = winner === a ? b! : a!;
    const statuses = await t.db.select({ id: schedulerProposals.id, status: schedulerProposals.status }).from(schedulerProposals).where(inArray(schedulerProposals.id, [a!.id, b!.id]));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [winner.id]: "published", [loser.id]: "draft" });

    // Exactly the winner's meetings were booked, by the scheduler, with every delegate seated.
    const created = await t.db.select().from(meetings).where(eq(meetings.origin, "scheduler"));
    expect(created).toHaveLength(winner.placed);
    expect(await total(meetings)).toBe(before.meetings + winner.placed);
    const seated = await t.db.select().from(meetingAttendees).where(inArray(meetingAttendees.meetingId, created.map((m) => m.id)));
    expect(seated.length).toBeGreaterThanOrEqual(winner.placed * 2);
    expect(await total(meetingAttendees)).toBe(before.attendees + seated.length);

    // One e-mail per delegate seated, listing all their new meetings, in their language.
    const people = [...new Set(seated.map((s) => s.userId))];
    expect(await total(emailOutbox)).toBe(before.emails + people.length);
    const karimMeetings = seated.filter((s) => s.userId === karim.id).length;
    const [karimMail] = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.toEmail, karim.email), eq(emailOutbox.kind, "meetingsScheduled")));
    expect(karimMail).toMatchObject({ locale: "fr", subject: `Vos ${karimMeetings} nouveaux rendez-vous B2B au forum` });
    expect(karimMail!.body).toContain("heure du forum : Alger (UTC+1)");
    expect(karimMail!.body.split("\n").filter((line) => line.includes(" · table "))).toHaveLength(karimMeetings);

    const log = await listAudit(forum.id, { limit: 5, entity: "scheduler_proposal" }, t.db);
    expect(log[0]).toMatchObject({ action: "scheduler.publish", entityId: winner.id, actorId: organiser.id, after: { status: "published", meetings: winner.placed, emails: people.length } });

    // The loser stays refused when tried again; a new run has only the unplaceable left.
    await expect(publishProposal(organiser, forum, loser.id, t.db)).rejects.toMatchObject({ code: "proposalStale" });
    const again = await runAutoSchedule(organiser, forum, quick, t.db);
    expect(again.placed).toBe(0);
  });

  it("publishes despite changes elsewhere in the forum, and refuses, writing nothing, when a change lands on one of its meetings", async () => {
    // New accepted requests between approved companies not yet in touch, for a proposal of their own.
    const approved = await t.db.select({ id: companies.id }).from(companies).where(eq(companies.status, "approved"));
    const live = await t.db.select().from(meetingRequests).where(inArray(meetingRequests.status, ["open", "accepted"]));
    const inTouch = new Set(live.flatMap((r) => [`${r.fromCompanyId}|${r.toCompanyId}`, `${r.toCompanyId}|${r.fromCompanyId}`]));
    const fresh: { from: string; to: string }[] = [];
    for (let i = 0; i < approved.length && fresh.length < 3; i++) {
      const [a, b] = [approved[i]!.id, approved[approved.length - 1 - i]!.id];
      if (a !== b && !inTouch.has(`${a}|${b}`)) fresh.push({ from: a, to: b });
    }
    await t.db.insert(meetingRequests).values(fresh.map((f) => ({ forumId: forum.id, fromCompanyId: f.from, toCompanyId: f.to, status: "accepted" as const })));
    const proposal = await runAutoSchedule(organiser, forum, quick, t.db);
    expect(proposal.placed).toBeGreaterThan(0);
    const [placed] = await t.db.select().from(schedulerProposalMeetings).where(eq(schedulerProposalMeetings.proposalId, proposal.id));
    const [delegate] = await t.db.select().from(users).where(eq(users.companyId, placed!.companyAId));

    // The delegate blocks the very slot the proposal gives the meeting: publishing is refused.
    await setSlotBlocked(delegate!, { slotId: placed!.slotId, blocked: true }, t.db);
    const before = { meetings: await total(meetings), emails: await total(emailOutbox) };
    await expect(publishProposal(organiser, forum, proposal.id, t.db)).rejects.toMatchObject({ code: "proposalStale", status: 409 });
    expect({ meetings: await total(meetings), emails: await total(emailOutbox) }).toEqual(before);

    // Blocking another slot instead, one the proposal leaves free for them, changes nothing that matters.
    await setSlotBlocked(delegate!, { slotId: placed!.slotId, blocked: false }, t.db);
    const theirs = await t.db.select().from(schedulerProposalMeetings).where(eq(schedulerProposalMeetings.proposalId, proposal.id));
    const busy = new Set(theirs.filter((m) => m.companyAId === placed!.companyAId || m.companyBId === placed!.companyAId).map((m) => m.slotId));
    const existing = await t.db.select({ slotId: meetings.slotId }).from(meetings).innerJoin(meetingAttendees, eq(meetingAttendees.meetingId, meetings.id)).where(and(eq(meetingAttendees.userId, delegate!.id), ne(meetings.status, "cancelled")));
    for (const m of existing) busy.add(m.slotId);
    const free = (await loadSchedulingData(forum.id, t.db)).slots.find((slot) => !busy.has(slot.id))!;
    await setSlotBlocked(delegate!, { slotId: free.id, blocked: true }, t.db);
    expect(await publishProposal(organiser, forum, proposal.id, t.db)).toMatchObject({ meetings: proposal.placed });
  });
});
