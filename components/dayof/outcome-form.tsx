"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import { outcomeCurrencies, outcomeKinds } from "@/lib/outcomes/kinds";
import { useDayofErrors } from "./use-dayof-error";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ outcome: string }>>;

export interface OutcomeDefaults {
  outcome: string;
  estimatedValue: string;
  currency: string;
  note: string;
}

/** One side's own account of the meeting: what comes next, what it may be worth, a private note. */
export function OutcomeForm({ action, meetingId, defaults }: { action: Action; meetingId: string; defaults: OutcomeDefaults | null }) {
  const t = useTranslations("outcomes");
  const [state, dispatch, pending] = useActionState<ActionResult<{ outcome: string } | undefined>, FormData>(action, { ok: true, data: undefined });
  const { formError, field } = useDayofErrors(state);
  const values = !state.ok && state.values ? state.values : null;
  const value = (name: keyof OutcomeDefaults) => values?.[name] ?? defaults?.[name] ?? "";
  const ids = { value: useId(), note: useId() };
  const errorOf = (name: string) => field(name)?.join(" ");
  return (
    <form action={dispatch} className="flex flex-col gap-4" key={state.ok ? "saved" : "retry"}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div role="status" className={state.ok && state.data ? "font-semibold text-emerald-900" : "sr-only"}>
        {state.ok && state.data ? t("saved") : ""}
      </div>
      {formError && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {formError}
        </p>
      )}
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">{t("outcomeLegend")}</legend>
        {outcomeKinds.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="outcome" value={kind} required defaultChecked={value("outcome") === kind} className="h-5 w-5" />
            {t(`kinds.${kind}`)}
          </label>
        ))}
        {errorOf("outcome") && <p className="text-sm font-medium text-red-800">{errorOf("outcome")}</p>}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.value} className="font-medium">
            {t("valueLabel")}
          </label>
          <input
            id={ids.value}
            name="estimatedValue"
            inputMode="decimal"
            defaultValue={value("estimatedValue")}
            aria-invalid={errorOf("estimatedValue") ? true : undefined}
            aria-describedby={errorOf("estimatedValue") ? `${ids.value}-e` : undefined}
            className="min-h-11 rounded-lg border border-slate-400 px-3"
            dir="ltr"
          />
          {errorOf("estimatedValue") && (
            <p id={`${ids.value}-e`} className="text-sm font-medium text-red-800">
              {errorOf("estimatedValue")}
            </p>
          )}
        </div>
        <SelectField
          name="currency"
          label={t("currencyLabel")}
          emptyOption={t("noCurrency")}
          options={outcomeCurrencies.map((c) => ({ value: c, label: c }))}
          defaultValue={value("currency")}
          errors={errorOf("currency") ? [errorOf("currency")!] : undefined}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.note} className="font-medium">
          {t("noteLabel")}
        </label>
        <textarea id={ids.note} name="note" rows={3} maxLength={2000} defaultValue={value("note")} className="rounded-lg border border-slate-400 p-2" />
      </div>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
