import { subtract, type Range } from "./ranges";

export interface B2bDay {
  day: string;
  b2bStartsAt: Date;
  b2bEndsAt: Date;
}

export interface BuiltSlot {
  day: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Cuts each day's B2B hours into slots of `slotMinutes`, skipping the sessions that block
 * B2B meetings (plenaries, lunch). A slot never straddles a blocking session: after one, the
 * cutting starts again at its end. The same function serves the pages and the booking rules.
 */
export function buildSlots(days: readonly B2bDay[], blocking: readonly { startsAt: Date; endsAt: Date }[], slotMinutes: number): BuiltSlot[] {
  const length = slotMinutes * 60_000;
  const holes: Range[] = blocking.map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() }));
  const result: BuiltSlot[] = [];
  for (const day of [...days].sort((a, b) => a.b2bStartsAt.getTime() - b.b2bStartsAt.getTime())) {
    const open = subtract({ start: day.b2bStartsAt.getTime(), end: day.b2bEndsAt.getTime() }, holes);
    for (const window of open) {
      for (let start = window.start; start + length <= window.end; start += length) {
        result.push({ day: day.day, startsAt: new Date(start), endsAt: new Date(start + length) });
      }
    }
  }
  return result;
}
