import type { OutcomeCurrency, OutcomeKind } from "@/db/schema";

/** 1 unit of each currency in US dollars: a starting point an organiser replaces in the settings. */
export const defaultRatesToUsd: Record<OutcomeCurrency, number> = { USD: 1, EUR: 1.08, DZD: 0.0074, RUB: 0.011 };

/** A goal until the organisers set theirs: a tenth of the 10 billion dollar trade target for 2030. */
export const defaultGoal = { dealValueGoal: 1_000_000_000, currency: "USD" as OutcomeCurrency };

export function convert(value: number, from: OutcomeCurrency, to: OutcomeCurrency, ratesToUsd: Partial<Record<OutcomeCurrency, number>>): number {
  const rate = (c: OutcomeCurrency) => ratesToUsd[c] ?? defaultRatesToUsd[c];
  return (value * rate(from)) / rate(to);
}

export interface DealValue {
  /** Contracts signed. */
  signed: number;
  /** Memoranda and planned follow-ups. */
  pipeline: number;
  meetingsWithValue: number;
}

/**
 * The value of deals in the goal's currency. Both sides may estimate the same deal: a
 * meeting counts once, at the larger of its two estimates, as signed if either side says so.
 */
export function dealValue(
  rows: readonly { meetingId: string; outcome: OutcomeKind; value: number; currency: OutcomeCurrency }[],
  to: OutcomeCurrency,
  ratesToUsd: Partial<Record<OutcomeCurrency, number>>,
): DealValue {
  const byMeeting = new Map<string, { value: number; signed: boolean }>();
  for (const row of rows) {
    if (row.outcome === "no_interest") continue;
    const value = convert(row.value, row.currency, to, ratesToUsd);
    const seen = byMeeting.get(row.meetingId) ?? { value: 0, signed: false };
    byMeeting.set(row.meetingId, { value: Math.max(seen.value, value), signed: seen.signed || row.outcome === "contract" });
  }
  let signed = 0;
  let pipeline = 0;
  for (const m of byMeeting.values()) {
    if (m.signed) signed += m.value;
    else pipeline += m.value;
  }
  return { signed, pipeline, meetingsWithValue: byMeeting.size };
}
