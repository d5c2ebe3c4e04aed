import type { Model } from "./model";
import type { Random } from "./random";
import { ScheduleState } from "./state";
import { assignTables } from "./tables";
import type { SchedulerInput, SchedulerMeeting, SchedulerSlot } from "./types";

/** Small hand-made forums for the tests. */
export function slots(count: number, options: { tables?: number; day?: string; morning?: number; prefix?: string } = {}): SchedulerSlot[] {
  const { tables = 10, day = "d1", morning = count, prefix = day } = options;
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    day,
    period: i < morning ? ("morning" as const) : ("afternoon" as const),
    tableIds: Array.from({ length: tables }, (_, k) => `T${k + 1}`),
  }));
}

export function meeting(id: string, a: string, b: string, extra: Partial<SchedulerMeeting> = {}): SchedulerMeeting {
  return { id, participantIds: [a, b], ...extra };
}

export function forum(participantIds: string[], slotList: SchedulerSlot[], meetings: SchedulerMeeting[]): SchedulerInput {
  return { participants: participantIds.map((id) => ({ id })), slots: slotList, meetings };
}

/** Slot id of each placed meeting. */
export function slotsOf(result: { placed: readonly { meetingId: string; slotId: string }[] }): Record<string, string> {
  return Object.fromEntries(result.placed.map((p) => [p.meetingId, p.slotId]));
}

/** The schedule in `state` as the engine returns it, for validateSchedule. */
export function asResult(input: SchedulerInput, model: Model, state: ScheduleState) {
  const tables = assignTables(model, state.slotOf);
  const placed = [];
  const unplaced = [];
  for (let m = 0; m < model.meetings; m++) {
    const t = state.slotOf[m]!;
    if (t >= 0) placed.push({ meetingId: input.meetings[m]!.id, slotId: input.slots[t]!.id, tableId: tables[m]! });
    else unplaced.push({ meetingId: input.meetings[m]!.id, reason: { kind: "noTableLeft" as const } });
  }
  return { placed, unplaced };
}

/** Every way to place every meeting by the rules: the fewest breaks of a fair one (and that schedule), and the most of any. */
export function exhaustive(model: Model): { fewest: number; fewestAt: Int32Array; most: Int32Array } {
  const state = new ScheduleState(model);
  let fewest = Infinity;
  let fewestAt = new Int32Array(0);
  let mostBreaks = -1;
  let most = new Int32Array(0);
  const visit = (m: number) => {
    if (m === model.meetings) {
      if (state.unfairExcess(2) === 0 && state.totalBreaks < fewest) {
        fewest = state.totalBreaks;
        fewestAt = Int32Array.from(state.slotOf);
      }
      if (state.totalBreaks > mostBreaks) {
        mostBreaks = state.totalBreaks;
        most = Int32Array.from(state.slotOf);
      }
      return;
    }
    for (const t of model.domain[m]!) {
      if (!state.canPlace(m, t)) continue;
      state.place(m, t);
      visit(m + 1);
      state.unplace(m);
    }
  };
  visit(0);
  return { fewest, fewestAt, most };
}

/** Five participants, one or two days of three to five slots, one or two tables: absences, periods, precedences. */
export function randomForum(random: Random): SchedulerInput {
  const people = ["a", "b", "c", "d", "e"];
  const perDay = 3 + random.int(3);
  const days = 1 + random.int(2);
  const slotList = Array.from({ length: days }, (_, d) => slots(perDay, { tables: 1 + random.int(2), day: `d${d + 1}`, morning: 2 })).flat();
  const meetings = randomMeetings(random, people, 4 + random.int(3), (earlier) => {
    const extra: Partial<SchedulerMeeting> = {};
    if (random.next() < 0.15) extra.period = random.next() < 0.5 ? "morning" : "afternoon";
    if (earlier.length > 0 && random.next() < 0.15) extra.afterMeetingIds = [earlier[random.int(earlier.length)]!.id];
    return extra;
  });
  return {
    ...forum(people, slotList, meetings),
    participants: people.map((id) => ({ id, unavailableSlotIds: random.next() < 0.3 ? [slotList[random.int(slotList.length)]!.id] : [] })),
  };
}

/**
 * Crowded noons: twelve participants, one day of six to eight slots with two or three tables,
 * and most meetings held only in the morning or only in the afternoon. Whoever meets on both
 * sides of noon without a break is busy there, often beside others it cannot meet then, so
 * the tables run out in ways a count of meetings does not show at once. Too large to search
 * exhaustively: the exact search with and without the slots' matching check each other.
 */
export function noonForum(random: Random): SchedulerInput {
  const people = Array.from({ length: 12 }, (_, i) => `p${i + 1}`);
  const slotCount = 6 + random.int(3);
  const slotList = slots(slotCount, { tables: 2 + random.int(2), morning: slotCount / 2 });
  const meetings = randomMeetings(random, people, 16 + random.int(7), () => {
    const roll = random.next();
    return roll < 0.4 ? { period: "morning" } : roll < 0.8 ? { period: "afternoon" } : {};
  });
  return forum(people, slotList, meetings);
}

/** `count` meetings between distinct pairs of `people`, each with what `extra` adds, given those before it. */
function randomMeetings(random: Random, people: string[], count: number, extra: (earlier: SchedulerMeeting[]) => Partial<SchedulerMeeting>): SchedulerMeeting[] {
  const meetings: SchedulerMeeting[] = [];
  const pairs = new Set<string>();
  while (meetings.length < count) {
    const a = random.int(people.length);
    const b = random.int(people.length);
    const pair = `${Math.min(a, b)} ${Math.max(a, b)}`;
    if (a === b || pairs.has(pair)) continue;
    pairs.add(pair);
    meetings.push(meeting(`m${meetings.length}`, people[a]!, people[b]!, extra(meetings)));
  }
  return meetings;
}

/** Three participants, three slots: a is away in the middle one and meets both others, so one break is unavoidable. */
export function unavoidableBreakForum(): SchedulerInput {
  const base = forum(["a", "b", "c"], slots(3), [meeting("ab", "a", "b"), meeting("ac", "a", "c")]);
  return { ...base, participants: [{ id: "a", unavailableSlotIds: ["d1-2"] }, { id: "b" }, { id: "c" }] };
}

/**
 * Every rule at once: two tables; a morning of three slots and an afternoon of three; c away
 * in slot 2; ce only in the afternoon; bd after ab; ef fixed in the fifth slot.
 */
export function craftedForum(): SchedulerInput {
  const base = forum(["a", "b", "c", "d", "e", "f"], slots(6, { tables: 2, morning: 3 }), [
    meeting("ab", "a", "b"),
    meeting("ac", "a", "c"),
    meeting("ad", "a", "d"),
    meeting("bc", "b", "c"),
    meeting("bd", "b", "d", { afterMeetingIds: ["ab"] }),
    meeting("ce", "c", "e", { period: "afternoon" }),
    meeting("de", "d", "e"),
    meeting("ef", "e", "f", { fixed: { slotId: "d1-5" } }),
  ]);
  return { ...base, participants: base.participants.map((p) => (p.id === "c" ? { id: "c", unavailableSlotIds: ["d1-2"] } : p)) };
}
