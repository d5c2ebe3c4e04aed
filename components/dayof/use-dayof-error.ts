"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** The day's own error texts first, then the shared ones; one message per field too. */
export function useDayofErrors(state: ActionResult<unknown>) {
  const own = useTranslations("dayofErrors");
  const shared = useTranslations("errors");
  const text = (code: string) => (own.has(code) ? own(code) : shared.has(code) ? shared(code) : shared("unexpected"));
  const failed = state.ok ? null : state;
  return {
    formError: failed ? text(failed.error) : undefined,
    field: (name: string) => failed?.fieldErrors?.[name]?.map(text),
  };
}
