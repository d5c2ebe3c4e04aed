import type { ActionResult } from "@/lib/actions/result";

export interface StandingMeetingView {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  tableNumber: number;
  companies: [string, string];
  options?: { id: string; number: number }[];
}

/** The meetings a refused change lists, if the failure carries them. */
export function meetingsOf(state: ActionResult<unknown>): StandingMeetingView[] {
  if (state.ok) return [];
  const details = state.details as { meetings?: StandingMeetingView[] } | undefined;
  return details?.meetings ?? [];
}
