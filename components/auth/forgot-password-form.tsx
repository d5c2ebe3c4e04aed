"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { useFormErrors } from "./use-form-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ sent: boolean } | undefined>>;

/** Asks for a reset link. The answer is the same whether or not the e-mail has an account. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field, value } = useFormErrors(state);
  const sent = state.ok && Boolean(state.data?.sent);
  const k = JSON.stringify(state.ok ? null : state.values);
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={formError} answer={state} />
      <p role="status" className={sent ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {sent ? t("resetSent") : ""}
      </p>
      <form action={formAction} noValidate className="flex flex-col gap-4" key={k}>
        <input type="hidden" name="locale" value={locale} />
        <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={value("email")} errors={field("email")} />
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("resetRequestSubmit")}
        </Button>
      </form>
    </div>
  );
}
