import type { PlacedMeeting, ScheduleStats, SchedulerInput, UnplacedMeeting } from "./types";

export interface ScheduleViolation {
  rule:
    | "accounting"
    | "unknownSlotOrTable"
    | "participantTwice"
    | "tableTwice"
    | "unavailable"
    | "period"
    | "fixedMoved"
    | "precedence"
    | "stats"
    | "fairness";
  message: string;
}

/**
 * Checks a schedule against every hard rule, from the input alone: written apart from the
 * engine (it shares no code with it) so that the tests, the benchmark and the command-line
 * tool catch the engine's mistakes rather than repeat them. An empty list means valid.
 */
export function validateSchedule(
  input: SchedulerInput,
  output: { placed: readonly PlacedMeeting[]; unplaced: readonly UnplacedMeeting[]; stats?: ScheduleStats },
  options: { maxBreakDifference?: number } = {},
): ScheduleViolation[] {
  const violations: ScheduleViolation[] = [];
  const fail = (rule: ScheduleViolation["rule"], message: string) => violations.push({ rule, message });

  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const slotOrder = new Map(input.slots.map((s, i) => [s.id, i]));
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const unavailable = new Map(input.participants.map((p) => [p.id, new Set(p.unavailableSlotIds ?? [])]));

  const seen = new Set<string>();
  for (const id of [...output.placed.map((p) => p.meetingId), ...output.unplaced.map((u) => u.meetingId)]) {
    if (!meetings.has(id)) fail("accounting", `meeting ${id} is not in the input`);
    else if (seen.has(id)) fail("accounting", `meeting ${id} is reported twice`);
    seen.add(id);
  }
  for (const id of meetings.keys()) if (!seen.has(id)) fail("accounting", `meeting ${id} is neither placed nor unplaced`);
  for (const u of output.unplaced)
    if (meetings.get(u.meetingId)?.fixed && u.reason.kind !== "fixedConflict")
      fail("fixedMoved", `fixed meeting ${u.meetingId} is left out without a fixed-meeting conflict`);

  const slotOfMeeting = new Map<string, number>();
  const busy = new Set<string>(); // "slot participant"
  const tableUsed = new Set<string>(); // "slot table"
  const meetingSlots = new Map<string, number[]>(); // participant -> slot indices
  for (const placement of output.placed) {
    const meeting = meetings.get(placement.meetingId);
    const slot = slots.get(placement.slotId);
    if (!meeting) continue;
    if (!slot || !slot.tableIds.includes(placement.tableId)) {
      fail("unknownSlotOrTable", `meeting ${meeting.id}: slot ${placement.slotId} has no open table ${placement.tableId}`);
      continue;
    }
    const t = slotOrder.get(slot.id)!;
    slotOfMeeting.set(meeting.id, t);
    const tableKey = `${slot.id}\u0000${placement.tableId}`;
    if (tableUsed.has(tableKey)) fail("tableTwice", `table ${placement.tableId} holds two meetings in slot ${slot.id}`);
    tableUsed.add(tableKey);
    for (const participant of meeting.participantIds) {
      const key = `${slot.id}\u0000${participant}`;
      if (busy.has(key)) fail("participantTwice", `participant ${participant} has two meetings in slot ${slot.id}`);
      busy.add(key);
      if (unavailable.get(participant)?.has(slot.id)) fail("unavailable", `participant ${participant} is unavailable in slot ${slot.id} (meeting ${meeting.id})`);
      meetingSlots.set(participant, [...(meetingSlots.get(participant) ?? []), t]);
    }
    if (meeting.period && slot.period !== meeting.period) fail("period", `meeting ${meeting.id} must be in the ${meeting.period}, not slot ${slot.id}`);
    const fixed = meeting.fixed;
    if (fixed && (fixed.slotId !== slot.id || (fixed.tableId !== undefined && fixed.tableId !== placement.tableId)))
      fail("fixedMoved", `fixed meeting ${meeting.id} moved to slot ${slot.id}, table ${placement.tableId}`);
  }
  for (const meeting of input.meetings) {
    const t = slotOfMeeting.get(meeting.id);
    if (t === undefined) continue;
    for (const earlier of meeting.afterMeetingIds ?? []) {
      const s = slotOfMeeting.get(earlier);
      if (s !== undefined && s >= t) fail("precedence", `meeting ${earlier} must come before meeting ${meeting.id}`);
    }
  }

  // Breaks, counted here again: idle runs between two meetings on the same day.
  const breaks = new Map<string, number>();
  for (const participant of input.participants) {
    const taken = (meetingSlots.get(participant.id) ?? []).sort((x, y) => x - y);
    let count = 0;
    for (let i = 1; i < taken.length; i++) {
      const previous = input.slots[taken[i - 1]!]!;
      const current = input.slots[taken[i]!]!;
      if (taken[i]! - taken[i - 1]! > 1 && previous.day === current.day) count++;
    }
    breaks.set(participant.id, count);
  }
  const values = [...breaks.values()];
  const spread = values.length > 0 ? Math.max(...values) - Math.min(...values) : 0;
  if (options.maxBreakDifference !== undefined && spread > options.maxBreakDifference)
    fail("fairness", `breaks differ by ${spread} between two participants (at most ${options.maxBreakDifference})`);

  const stats = output.stats;
  if (stats) {
    const total = values.reduce((sum, b) => sum + b, 0);
    if (stats.placed !== output.placed.length || stats.unplaced !== output.unplaced.length) fail("stats", "placed or unplaced count is wrong");
    if (stats.totalBreaks !== total) fail("stats", `total breaks reported ${stats.totalBreaks}, counted ${total}`);
    if (stats.maxBreakDifference !== spread) fail("stats", `break difference reported ${stats.maxBreakDifference}, counted ${spread}`);
    for (const [participant, count] of breaks)
      if ((stats.breaksByParticipant[participant] ?? 0) !== count) fail("stats", `participant ${participant}: breaks reported wrong`);
  }
  return violations;
}
