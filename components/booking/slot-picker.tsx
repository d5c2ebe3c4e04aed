"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useBookingError } from "./use-booking-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

export interface SlotChoice {
  id: string;
  label: string;
}

/** A list of free slots per day as radio buttons, and one button to book or move. */
export function SlotPicker({
  action,
  hidden,
  days,
  submitLabel,
}: {
  action: Action;
  hidden: Record<string, string>;
  days: { label: string; slots: SlotChoice[] }[];
  submitLabel: string;
}) {
  const t = useTranslations("booking");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<undefined>);
  const error = useBookingError(state);
  const errorId = useId();
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-describedby={error ? errorId : undefined}>
      {error && (
        <p id={errorId} role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900">
          {error}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {days.map((day) => (
        <fieldset key={day.label} className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-semibold">{day.label}</legend>
          {day.slots.length === 0 && <p>{t("noFreeSlot")}</p>}
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {day.slots.map((slot) => (
              <label
                key={slot.id}
                className="flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border border-slate-400 bg-white px-2 has-[:checked]:border-emerald-800 has-[:checked]:bg-emerald-50"
              >
                <input type="radio" name="slotId" value={slot.id} required className="size-5" />
                <span dir="ltr" className="whitespace-nowrap">{slot.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? t("working") : submitLabel}
      </Button>
    </form>
  );
}
