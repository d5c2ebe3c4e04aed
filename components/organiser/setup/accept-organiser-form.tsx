"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import { useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/** Accepts an organiser invitation: signed in, one button; signed out, the new account's name and password. */
export function AcceptOrganiserForm({ action, token, email, newAccount }: { action: Action; token: string; email: string; newAccount: boolean }) {
  const t = useTranslations("organiserInvitation");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<unknown>);
  const { formError, field, value } = useSetupForm(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <FormAlert message={formError} />
      {newAccount && (
        <>
          <p>
            {t("accountFor")} <bdi dir="ltr" className="font-semibold">{email}</bdi>
          </p>
          <Field label={t("fullName")} name="fullName" autoComplete="name" defaultValue={value("fullName", "")} errors={field("fullName")} required />
          <Field label={t("password")} name="password" type="password" autoComplete="new-password" hint={t("passwordHint")} errors={field("password")} required />
        </>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {newAccount ? t("createAndAccept") : t("accept")}
      </Button>
    </form>
  );
}
