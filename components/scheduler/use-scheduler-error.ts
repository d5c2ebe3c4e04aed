"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** The scheduler's own error texts first, then the shared ones. */
export function useSchedulerError(state: ActionResult<unknown>): string | undefined {
  const own = useTranslations("schedulerActions.errors");
  const shared = useTranslations("errors");
  if (state.ok) return undefined;
  const code = state.fieldErrors?.proposalId?.[0] ?? state.error;
  return own.has(code) ? own(code) : shared.has(code) ? shared(code) : shared("unexpected");
}
