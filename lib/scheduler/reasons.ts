import type { ScheduleState } from "./state";
import type { UnplacedReason } from "./types";

/**
 * Why unplaced meeting m does not fit into the schedule as it stands, from the most basic
 * cause to the most particular: nobody's fault first (availability), then a full side, then
 * no moment free for both, then tables, then order.
 */
export function unplacedReason(state: ScheduleState, m: number): UnplacedReason {
  const { model } = state;
  const meeting = model.input.meetings[m]!;
  const known = model.impossible[m];
  if (known) return known;
  const domain = model.domain[m]!;
  const [first, second] = meeting.participantIds;
  const a = model.sideA[m]!;
  const b = model.sideB[m]!;

  if (model.fixedSlot[m]! >= 0) {
    const t = model.fixedSlot[m]!;
    if (!state.isFree(a, t) || !state.isFree(b, t)) return { kind: "fixedConflict", detail: "participantBusy" };
    if (state.load[t]! >= model.capacity[t]!) return { kind: "fixedConflict", detail: "noTableLeft" };
    return { kind: "fixedConflict", detail: "precedence" };
  }
  if (!domain.some((t) => state.isFree(a, t))) return { kind: "participantFull", participantId: first };
  if (!domain.some((t) => state.isFree(b, t))) return { kind: "participantFull", participantId: second };
  const together = domain.filter((t) => state.isFree(a, t) && state.isFree(b, t));
  if (together.length === 0) return { kind: "noCommonFreeSlot" };
  const withTable = together.filter((t) => state.load[t]! < model.capacity[t]!);
  if (withTable.length === 0) return { kind: "noTableLeft" };
  // Every remaining slot breaks an order: name a meeting it would clash with.
  const t = withTable[0]!;
  for (const y of model.before[m]!) if (state.slotOf[y]! >= t) return { kind: "precedence", meetingId: model.input.meetings[y]!.id };
  for (const y of model.after[m]!)
    if (state.slotOf[y]! >= 0 && state.slotOf[y]! <= t) return { kind: "precedence", meetingId: model.input.meetings[y]!.id };
  throw new Error(`meeting ${meeting.id} fits in slot ${model.input.slots[t]!.id}: it should have been placed`);
}
