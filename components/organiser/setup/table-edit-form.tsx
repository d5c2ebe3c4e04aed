"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { SavedNotice } from "./saved-notice";
import { useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/** A table's zone and room; its number stays, since printed sheets and badges carry it. */
export function TableEditForm({
  action,
  table,
  rooms,
  backHref,
}: {
  action: Action;
  table: { id: string; number: number; zone: string | null; roomId: string };
  rooms: { value: string; label: string }[];
  /** The list's page this table is on, offered once the save went through. */
  backHref: string;
}) {
  const t = useTranslations("venue");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<unknown>);
  const { formError, field, value } = useSetupForm(state);
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="tableId" value={table.id} />
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {formError}
        </p>
      )}
      <Field label={t("zone")} name="zone" defaultValue={value("zone", table.zone)} errors={field("zone")} maxLength={40} />
      <SelectField label={t("room")} name="roomId" defaultValue={value("roomId", table.roomId)} errors={field("roomId")} options={rooms} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("saveTable", { number: table.number })}
      </Button>
      <SavedNotice saved={state.ok && state.data !== undefined} message={t("tableSaved")} backHref={backHref} />
    </form>
  );
}
