"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { useFormErrors } from "./use-form-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

export function SignInForm({ action, next }: { action: Action; next?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field, value } = useFormErrors(state);
  const k = JSON.stringify(state.ok ? null : state.values);
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={formError} answer={state} />
      <form action={formAction} noValidate className="flex flex-col gap-4" key={k}>
        <input type="hidden" name="locale" value={locale} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={value("email")} errors={field("email")} />
        <Field label={t("password")} name="password" type="password" autoComplete="current-password" required errors={field("password")} />
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("signInSubmit")}
        </Button>
      </form>
    </div>
  );
}
