"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** Translates an action result's message keys for the form that shows them. */
export function useFormErrors(state: ActionResult<unknown>) {
  const t = useTranslations("errors");
  const failed = !state.ok ? state : null;
  return {
    formError: failed && failed.error !== "invalidInput" ? t(failed.error) : failed ? t("invalidInput") : undefined,
    field: (name: string) => failed?.fieldErrors?.[name]?.map((key) => t(key)),
    value: (name: string) => failed?.values?.[name],
  };
}
