"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** Booking's own error texts first, then the shared ones. */
export function useBookingError(state: ActionResult<unknown>): string | undefined {
  const own = useTranslations("booking.errors");
  const shared = useTranslations("errors");
  if (state.ok) return undefined;
  const code = state.fieldErrors?.slotId?.[0] ?? state.error;
  return own.has(code) ? own(code) : shared.has(code) ? shared(code) : shared("unexpected");
}
