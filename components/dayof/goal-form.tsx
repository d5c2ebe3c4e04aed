"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import { outcomeCurrencies } from "@/lib/outcomes/kinds";
import { useDayofErrors } from "./use-dayof-error";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ saved: boolean }>>;

/** The forum's goal for the value of deals, and the rates that bring every currency to it. */
export function GoalForm({ action, goal, currency, rates }: { action: Action; goal: number; currency: string; rates: Record<string, number> }) {
  const t = useTranslations("goalForm");
  const [state, dispatch, pending] = useActionState<ActionResult<{ saved: boolean } | undefined>, FormData>(action, { ok: true, data: undefined });
  const { formError, field } = useDayofErrors(state);
  const id = useId();
  const values = !state.ok ? state.values : undefined;
  const input = "min-h-11 rounded-lg border border-slate-400 bg-white px-3";
  return (
    <form action={dispatch} className="flex flex-col gap-3">
      <div role="status" className={state.ok && state.data ? "font-semibold text-emerald-900" : "sr-only"}>
        {state.ok && state.data ? t("goalSaved") : ""}
      </div>
      {formError && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-goal`} className="font-medium">
            {t("goalLabel")}
          </label>
          <input id={`${id}-goal`} name="dealValueGoal" inputMode="decimal" required dir="ltr" defaultValue={values?.dealValueGoal ?? String(goal)} className={input} />
          {field("dealValueGoal") && <p className="text-sm font-medium text-red-800">{field("dealValueGoal")!.join(" ")}</p>}
        </div>
        <SelectField
          name="currency"
          label={t("goalCurrency")}
          options={outcomeCurrencies.map((c) => ({ value: c, label: c }))}
          defaultValue={values?.currency ?? currency}
          errors={field("currency")}
        />
      </div>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="font-medium">{t("ratesLegend")}</legend>
        {outcomeCurrencies.map((c) => (
          <div key={c} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${c}`}>{t("rateLabel", { currency: c })}</label>
            <input id={`${id}-${c}`} name={`rate${c}`} inputMode="decimal" required dir="ltr" defaultValue={values?.[`rate${c}`] ?? String(rates[c])} className={`${input} w-32`} />
            {field(`rate${c}`) && <p className="text-sm font-medium text-red-800">{field(`rate${c}`)!.join(" ")}</p>}
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} className="self-start">
        {t("goalSave")}
      </Button>
    </form>
  );
}
