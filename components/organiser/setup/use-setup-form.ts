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

// Kept apart so a form that lists meetings needs none of the set-up console's messages.
export { meetingsOf, type StandingMeetingView } from "./meetings-of";
