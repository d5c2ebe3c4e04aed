import type { SchedulingData } from "@/db/scheduler-input";
import type { ProposalContent } from "@/db/scheduler-proposals";
import type { ScheduleResult, SchedulerInput, SchedulerMeeting, SchedulerParticipant } from "@/lib/scheduler";

/**
 * Turns the forum's data into the engine's input. A side of a meeting is a company: all its
 * delegates sit at each of its meetings, so the company is busy whenever one of them is, and
 * a company with no delegate yet is still one side. Live meetings are fixed where they are.
 */
export function toSchedulerInput(data: SchedulingData): SchedulerInput {
  const activeTables = data.tables.filter((t) => t.active).map((t) => t.id);
  // A live meeting may sit at a table closed since: that table stays open in its slot only.
  const extraTables = new Map<string, Set<string>>();
  const active = new Set(activeTables);
  for (const m of data.meetings) {
    if (active.has(m.tableId)) continue;
    const set = extraTables.get(m.slotId) ?? new Set<string>();
    set.add(m.tableId);
    extraTables.set(m.slotId, set);
  }
  const slots = data.slots.map((s) => ({ id: s.id, day: s.day, tableIds: [...activeTables, ...(extraTables.get(s.id) ?? [])] }));

  const slotIds = new Set(data.slots.map((s) => s.id));
  const blocked = new Map<string, Set<string>>();
  for (const b of data.companyBlocks) {
    if (!slotIds.has(b.slotId)) continue;
    const set = blocked.get(b.companyId) ?? new Set<string>();
    set.add(b.slotId);
    blocked.set(b.companyId, set);
  }

  const meetings: SchedulerMeeting[] = [
    ...data.meetings.map((m) => ({ id: m.id, participantIds: [m.companyAId, m.companyBId] as const, fixed: { slotId: m.slotId, tableId: m.tableId } })),
    ...data.requests.map((r) => ({ id: r.id, participantIds: [r.companyAId, r.companyBId] as const })),
  ];
  const companyIds = [...new Set(meetings.flatMap((m) => m.participantIds))].sort();
  const participants: SchedulerParticipant[] = companyIds.map((id) => {
    const unavailable = blocked.get(id);
    return unavailable ? { id, unavailableSlotIds: [...unavailable].sort() } : { id };
  });
  return { participants, slots, meetings };
}

/**
 * Keeps what is new in the engine's result (placed requests, not the fixed meetings) and
 * spreads each company's breaks over its delegates.
 */
export function toProposalContent(
  data: SchedulingData,
  result: ScheduleResult,
  delegates: readonly { id: string; companyId: string }[],
): ProposalContent {
  const requests = new Map(data.requests.map((r) => [r.id, r]));
  const placed = result.placed.flatMap((p) => {
    const request = requests.get(p.meetingId);
    return request ? [{ requestId: request.id, slotId: p.slotId, tableId: p.tableId, companyAId: request.companyAId, companyBId: request.companyBId }] : [];
  });
  const unplaced = result.unplaced.flatMap((u) =>
    requests.has(u.meetingId)
      ? [{ requestId: u.meetingId, reason: u.reason.kind, companyId: "participantId" in u.reason ? u.reason.participantId : null }]
      : [],
  );
  const byCompany = new Map<string, string[]>();
  for (const d of delegates) byCompany.set(d.companyId, [...(byCompany.get(d.companyId) ?? []), d.id]);
  const breaks = Object.entries(result.stats.breaksByParticipant).flatMap(([companyId, count]): ProposalContent["breaks"] => {
    const people = byCompany.get(companyId);
    return people?.length ? people.map((userId) => ({ companyId, userId, breaks: count })) : [{ companyId, userId: null, breaks: count }];
  });
  return { placed, unplaced, breaks };
}
