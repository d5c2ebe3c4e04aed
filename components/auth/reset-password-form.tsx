"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { Link } from "@/lib/i18n/navigation";
import { useFormErrors } from "./use-form-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ reset: boolean } | undefined>>;

/** The new password, typed twice, for the reset link's token; once set, the way to sign in. */
export function ResetPasswordForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field } = useFormErrors(state);
  const done = state.ok && Boolean(state.data?.reset);
  // A link that was used or expired meanwhile cannot be fixed on this form: ask for another.
  const closed = !state.ok && state.error.startsWith("resetLink");
  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950">
          {t("resetDone")}
        </p>
        <Link href="/signin" className={buttonClasses("primary")}>
          {t("signInLink")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={formError} answer={state} />
      {closed && (
        <Link href="/forgot-password" className={buttonClasses("secondary")}>
          {t("resetAskAgain")}
        </Link>
      )}
      <form action={formAction} noValidate className="flex flex-col gap-4" key={JSON.stringify(state)}>
        <input type="hidden" name="token" value={token} />
        <Field label={t("newPassword")} name="password" type="password" autoComplete="new-password" required minLength={10} hint={t("passwordHint")} errors={field("password")} />
        <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required minLength={10} errors={field("confirmPassword")} />
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("resetSubmit")}
        </Button>
      </form>
    </div>
  );
}
