"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormErrors } from "@/components/auth/use-form-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ days: number | null } | undefined>>;

/** After how many days an unanswered request expires; empty for "only when booking closes". */
export function RequestExpiryForm({ action, days }: { action: Action; days: number | null }) {
  const t = useTranslations("reminders.form");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined });
  const { formError, value } = useFormErrors(state);
  const fieldErrors = !state.ok ? state.fieldErrors?.requestExpiryDays?.map((code) => t(`errors.${code === "expiryDaysRange" ? code : "invalid"}`)) : undefined;
  const saved = state.ok && state.data;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <div role="status" className={saved ? "font-medium text-emerald-900" : "sr-only"}>
        {saved ? (state.data!.days === null ? t("savedNone") : t("saved", { days: state.data!.days })) : ""}
      </div>
      <FormAlert message={formError && !fieldErrors ? formError : undefined} />
      <Field
        label={t("expiryLabel")}
        hint={t("expiryHint")}
        name="requestExpiryDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        defaultValue={value("requestExpiryDays") ?? (days === null ? "" : String(days))}
        errors={fieldErrors}
        className="max-w-xs"
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
