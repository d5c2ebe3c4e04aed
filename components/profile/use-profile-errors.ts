"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Like useFormErrors, but a code that the shared "errors" namespace lacks is read from this
 * area's own "profileErrors". Also says whether the last submit succeeded.
 */
export function useProfileErrors(state: ActionResult<unknown>) {
  const shared = useTranslations("errors");
  const own = useTranslations("profileErrors");
  const tr = (key: string) => (shared.has(key) ? shared(key) : own.has(key) ? own(key) : shared("unexpected"));
  const failed = !state.ok ? state : null;
  return {
    succeeded: state.ok && state.data !== undefined,
    formError: failed ? tr(failed.error) : undefined,
    field: (name: string) => failed?.fieldErrors?.[name]?.map(tr),
    /** The echoed form values after a failure, else null. */
    values: failed?.values ?? null,
  };
}
