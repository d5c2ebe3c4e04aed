"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import { useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ added: number }>>;

export function AddTablesForm({ action, rooms, nextNumber }: { action: Action; rooms: { value: string; label: string }[]; nextNumber: number }) {
  const t = useTranslations("venue");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<{ added: number } | undefined>);
  const { formError, field, value } = useSetupForm(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <p role="status" className={state.ok && state.data ? "font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data ? t("tablesAdded", { count: state.data.added }) : ""}
      </p>
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-4">
        <SelectField label={t("room")} name="roomId" defaultValue={value("roomId", rooms.at(-1)?.value)} errors={field("roomId")} options={rooms} />
        <Field label={t("from")} name="from" type="number" min={1} defaultValue={value("from", nextNumber)} errors={field("from")} required />
        <Field label={t("to")} name="to" type="number" min={1} defaultValue={value("to", nextNumber)} errors={field("to")} required />
        <Field label={t("zone")} name="zone" defaultValue={value("zone", "")} errors={field("zone")} maxLength={40} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {t("addTables")}
      </Button>
    </form>
  );
}
