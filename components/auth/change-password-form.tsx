"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { useFormErrors } from "./use-form-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ changed: boolean } | undefined>>;

/** The profile's password section: the current password, then the new one twice. */
export function ChangePasswordForm({ action, justChanged = false }: { action: Action; justChanged?: boolean }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field } = useFormErrors(state);
  // Once changed, the action sends the browser back here with ?password=changed: a failure since hides the notice.
  const changed = state.ok && (justChanged || Boolean(state.data?.changed));
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={formError} answer={state} />
      <p role="status" className={changed ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {changed ? t("passwordChanged") : ""}
      </p>
      {/* Keyed on the answer: after each submit the fields are empty again (passwords are never echoed). */}
      <form action={formAction} noValidate className="flex flex-col gap-4" key={JSON.stringify(state)}>
        <input type="hidden" name="locale" value={locale} />
        <Field label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required errors={field("currentPassword")} />
        <Field label={t("newPassword")} name="password" type="password" autoComplete="new-password" required minLength={10} hint={t("passwordHint")} errors={field("password")} />
        <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required minLength={10} errors={field("confirmPassword")} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? t("working") : t("changePasswordSubmit")}
        </Button>
      </form>
    </div>
  );
}
