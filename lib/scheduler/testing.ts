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
