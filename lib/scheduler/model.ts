import type { SchedulerInput, UnplacedReason } from "./types";

/** A malformed input (unknown or repeated id, a meeting of a participant with itself): a caller's bug. */
export class SchedulerInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchedulerInputError";
  }
}

/**
 * The input compiled to dense indices and typed arrays: participants 0..P-1, slots 0..S-1 in
 * time order, meetings 0..M-1 in input order. The search touches only this.
 */
export interface Model {
  input: SchedulerInput;
  participants: number;
  slots: number;
  meetings: number;
  /** Day index of each slot: breaks never span two days. */
  day: Int32Array;
  /** Tables open in each slot. */
  capacity: Int32Array;
  /** The two participants of each meeting. */
  sideA: Int32Array;
  sideB: Int32Array;
  priority: Float64Array;
  /** allowed[m * slots + t]: m may take slot t (period, both sides available, fixed slot). */
  allowed: Uint8Array;
  /** The allowed slots of each meeting, as a list. */
  domain: Int32Array[];
  /** Slot a fixed meeting must take, else -1. */
  fixedSlot: Int32Array;
  /** Slot a published meeting holds, else -1. */
  publishedSlot: Int32Array;
  /** Meetings that must come earlier than m, and those that must come later. */
  before: Int32Array[];
  after: Int32Array[];
  meetingsOf: Int32Array[];
  /** Meetings that can never be placed, whatever the others do, and why. */
  impossible: (UnplacedReason | null)[];
}

function indexIds(ids: readonly string[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new SchedulerInputError(`${what} ${id} appears twice`);
    index.set(id, i);
  });
  return index;
}

function lookup(index: Map<string, number>, id: string, what: string): number {
  const i = index.get(id);
  if (i === undefined) throw new SchedulerInputError(`unknown ${what} ${id}`);
  return i;
}

export function buildModel(input: SchedulerInput): Model {
  const P = input.participants.length;
  const S = input.slots.length;
  const M = input.meetings.length;
  const participantIndex = indexIds(input.participants.map((p) => p.id), "participant");
  const slotIndex = indexIds(input.slots.map((s) => s.id), "slot");
  const meetingIndex = indexIds(input.meetings.map((m) => m.id), "meeting");

  const dayIndex = new Map<string, number>();
  const day = new Int32Array(S);
  const capacity = new Int32Array(S);
  input.slots.forEach((slot, t) => {
    if (!dayIndex.has(slot.day)) dayIndex.set(slot.day, dayIndex.size);
    day[t] = dayIndex.get(slot.day)!;
    capacity[t] = new Set(slot.tableIds).size;
  });

  // available[p * S + t]: participant p can meet in slot t.
  const available = new Uint8Array(P * S).fill(1);
  input.participants.forEach((participant, p) => {
    for (const id of participant.unavailableSlotIds ?? []) available[p * S + lookup(slotIndex, id, "slot")] = 0;
  });

  const sideA = new Int32Array(M);
  const sideB = new Int32Array(M);
  const priority = new Float64Array(M);
  const allowed = new Uint8Array(M * S);
  const fixedSlot = new Int32Array(M).fill(-1);
  const publishedSlot = new Int32Array(M).fill(-1);
  const impossible: (UnplacedReason | null)[] = new Array<UnplacedReason | null>(M).fill(null);
  const beforeLists: number[][] = Array.from({ length: M }, () => []);
  const afterLists: number[][] = Array.from({ length: M }, () => []);
  const meetingsOfLists: number[][] = Array.from({ length: P }, () => []);

  const claimedTables = new Set<string>(); // "slot table" pairs taken by fixed meetings
  input.meetings.forEach((meeting, m) => {
    const [first, second] = meeting.participantIds;
    const a = lookup(participantIndex, first, "participant");
    const b = lookup(participantIndex, second, "participant");
    if (a === b) throw new SchedulerInputError(`meeting ${meeting.id} has ${first} on both sides`);
    sideA[m] = a;
    sideB[m] = b;
    meetingsOfLists[a]!.push(m);
    meetingsOfLists[b]!.push(m);
    priority[m] = meeting.priority ?? 0;
    if (meeting.published) publishedSlot[m] = lookup(slotIndex, meeting.published.slotId, "slot");
    for (const id of meeting.afterMeetingIds ?? []) {
      const earlier = lookup(meetingIndex, id, "meeting");
      beforeLists[m]!.push(earlier);
      afterLists[earlier]!.push(m);
    }

    const periodOk = (t: number) => !meeting.period || input.slots[t]!.period === meeting.period;
    const freeA = (t: number) => available[a * S + t] === 1;
    const freeB = (t: number) => available[b * S + t] === 1;
    if (meeting.fixed) {
      const t = lookup(slotIndex, meeting.fixed.slotId, "slot");
      fixedSlot[m] = t;
      const table = meeting.fixed.tableId;
      const tableOpen = table === undefined || (input.slots[t]!.tableIds.includes(table) && !claimedTables.has(`${t} ${table}`));
      if (!periodOk(t)) impossible[m] = { kind: "fixedConflict", detail: "period" };
      else if (!freeA(t) || !freeB(t)) impossible[m] = { kind: "fixedConflict", detail: "participantUnavailable" };
      else if (!tableOpen || capacity[t] === 0) impossible[m] = { kind: "fixedConflict", detail: "noTableLeft" };
      else {
        allowed[m * S + t] = 1;
        if (table !== undefined) claimedTables.add(`${t} ${table}`);
      }
      return;
    }
    let anyA = false;
    let anyB = false;
    let common = false;
    for (let t = 0; t < S; t++) {
      if (!periodOk(t)) continue;
      anyA ||= freeA(t);
      anyB ||= freeB(t);
      common ||= freeA(t) && freeB(t);
      if (freeA(t) && freeB(t) && capacity[t]! > 0) allowed[m * S + t] = 1;
    }
    if (!anyA) impossible[m] = { kind: "participantUnavailable", participantId: first };
    else if (!anyB) impossible[m] = { kind: "participantUnavailable", participantId: second };
    else if (!common) impossible[m] = { kind: "noCommonSlot" };
    else if (!allowed.subarray(m * S, m * S + S).includes(1)) impossible[m] = { kind: "noTableLeft" };
  });

  const domain: Int32Array[] = [];
  for (let m = 0; m < M; m++) {
    const slots: number[] = [];
    for (let t = 0; t < S; t++) if (allowed[m * S + t]) slots.push(t);
    domain.push(Int32Array.from(slots));
  }

  return {
    input,
    participants: P,
    slots: S,
    meetings: M,
    day,
    capacity,
    sideA,
    sideB,
    priority,
    allowed,
    domain,
    fixedSlot,
    publishedSlot,
    before: beforeLists.map((l) => Int32Array.from(l)),
    after: afterLists.map((l) => Int32Array.from(l)),
    meetingsOf: meetingsOfLists.map((l) => Int32Array.from(l)),
    impossible,
  };
}

/** The meetings a search may place and move: not fixed, and not impossible to place. */
export function movableMeetings(model: Model): Uint8Array {
  const movable = new Uint8Array(model.meetings);
  for (let m = 0; m < model.meetings; m++) movable[m] = model.fixedSlot[m]! < 0 && model.impossible[m] === null ? 1 : 0;
  return movable;
}
