"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import { formatDay, formatTime } from "@/lib/time";
import { SavedNotice } from "./saved-notice";
import { meetingsOf, useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ moved: number }>>;

/**
 * Enables or disables a table. When the table holds meetings, the server answers with them
 * and each slot's free tables: the organiser picks one per meeting (or lets the app pick)
 * and confirms; the meetings move with the disabling, or nothing happens.
 */
export function TableStateForm({
  action,
  tableId,
  number,
  active,
  timeZone,
  zone,
  backHref,
}: {
  action: Action;
  tableId: string;
  number: number;
  active: boolean;
  timeZone: string;
  zone: string;
  /** The list's page this table is on, offered once the change went through. */
  backHref: string;
}) {
  const t = useTranslations("venue");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<{ moved: number } | undefined>);
  const { failed, formError } = useSetupForm(state);
  const displaced = failed ? meetingsOf(state) : [];
  const asking = displaced.length > 0 && displaced.every((m) => (m.options?.length ?? 0) > 0);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="tableId" value={tableId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {failed && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {formError}
        </p>
      )}
      {displaced.length > 0 && (
        <fieldset className="flex flex-col gap-2 rounded-lg border border-amber-400 bg-amber-50 p-2">
          <legend className="px-1 font-semibold">{t("whereTheyGo", { number })}</legend>
          {displaced.map((m) => {
            const at = new Date(m.startsAt);
            const label = `${formatDay(at, locale, timeZone)} ${formatTime(at, locale, timeZone)} (${zone}) · ${m.companies[0]} — ${m.companies[1]}`;
            return (
              m.options?.length ? (
                <SelectField
                  key={m.id}
                  name={`target.${m.id}`}
                  label={label}
                  options={[{ value: "auto", label: t("autoTable") }, ...m.options.map((o) => ({ value: o.id, label: t("tableNumber", { number: o.number }) }))]}
                  defaultValue="auto"
                />
              ) : (
                <p key={m.id} className="flex flex-col gap-1">
                  <span>{label}</span>
                  <span className="font-medium text-red-800">{t("noFreeTable")}</span>
                </p>
              )
            );
          })}
          {asking && <input type="hidden" name="confirm" value="on" />}
        </fieldset>
      )}
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t(active ? (asking ? "confirmDisable" : "disableTable") : "enableTable", { number })}
      </Button>
      <SavedNotice saved={Boolean(state.ok && state.data)} message={state.ok && state.data ? t("tableStateSaved", { moved: state.data.moved }) : ""} backHref={backHref} />
    </form>
  );
}
