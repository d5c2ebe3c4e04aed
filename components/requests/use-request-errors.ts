"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Translates a request action's error codes: the meeting-request wording first (it says more
 * than the shared one, e.g. "requestAlready.accepted"), then the shared "errors" namespace.
 */
export function useRequestErrors(state: ActionResult<unknown>) {
  const own = useTranslations("requestErrors");
  const shared = useTranslations("errors");
  const tr = (key: string) => (own.has(key) ? own(key) : shared.has(key) ? shared(key) : shared("unexpected"));
  const failed = !state.ok ? state : null;
  return {
    formError: failed ? (failed.error === "invalidInput" ? shared("invalidInput") : tr(failed.error)) : undefined,
    field: (name: string) => failed?.fieldErrors?.[name]?.map(tr),
    value: (name: string) => failed?.values?.[name],
  };
}
