"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Messages of a set-up form: shared codes from "errors", the console's own from "setupErrors".
 * `value` gives back what was typed after a failure, else the saved value.
 */
export function useSetupForm(state: ActionResult<unknown>) {
  const shared = useTranslations("errors");
  const own = useTranslations("setupErrors");
  const tr = (key: string) => (own.has(key) ? own(key) : shared.has(key) ? shared(key) : shared("unexpected"));
  const failed = !state.ok ? state : null;
  return {
    failed,
    formError: failed ? tr(failed.error) : undefined,
    field: (name: string) => failed?.fieldErrors?.[name]?.map(tr),
    value: (name: string, saved: string | number | null | undefined) => (failed?.values ? (failed.values[name] ?? "") : String(saved ?? "")),
    checked: (name: string, saved: boolean) => (failed?.values ? failed.values[name] === "on" : saved),
  };
}

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
