"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import { useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ email: string }>>;

export function InviteOrganiserForm({ action }: { action: Action }) {
  const t = useTranslations("organisers");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<{ email: string } | undefined>);
  const { formError, field, value } = useSetupForm(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <p role="status" className={state.ok && state.data ? "font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data ? t("invited", { email: state.data.email }) : ""}
      </p>
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("email")} name="email" type="email" autoComplete="off" dir="ltr" defaultValue={value("email", "")} errors={field("email")} required />
        <SelectField
          label={t("language")}
          name="locale"
          defaultValue={value("locale", locale)}
          errors={field("locale")}
          options={(["fr", "ar", "ru", "en"] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {t("invite")}
      </Button>
    </form>
  );
}
