"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useBookingError } from "@/components/booking/use-booking-errors";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

export interface AvailabilityDay {
  label: string;
  slots: { id: string; label: string; blocked: boolean; hasMeeting: boolean }[];
}

/**
 * The forum's slots by day, one checkbox each: ticked, the delegate is unavailable. A slot
 * holding one of their meetings cannot be ticked (the database would refuse it anyway).
 */
export function AvailabilityForm({ action, days }: { action: Action; days: AvailabilityDay[] }) {
  const t = useTranslations("availability");
  const [state, formAction, pending] = useActionState(action, null as ActionResult<undefined> | null);
  const error = useBookingError(state ?? { ok: true, data: undefined });
  const statusId = useId();
  return (
    <form action={formAction} className="flex flex-col gap-5" aria-describedby={statusId}>
      {days.map((day) => (
        <fieldset key={day.label} className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-semibold">{day.label}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {day.slots.map((slot) => (
              <label
                key={slot.id}
                className="flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border border-slate-400 bg-white px-2 has-[:checked]:border-red-800 has-[:checked]:bg-red-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:bg-slate-100"
              >
                <input
                  type="checkbox"
                  name="slotIds"
                  value={slot.id}
                  defaultChecked={slot.blocked}
                  disabled={slot.hasMeeting}
                  className="size-5 shrink-0"
                />
                <span className="flex flex-col">
                  <span dir="ltr" className="whitespace-nowrap text-start">
                    {slot.label}
                  </span>
                  {slot.hasMeeting && <span className="text-sm text-slate-700">{t("hasMeeting")}</span>}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div id={statusId} role="status" className={state?.ok ? "font-semibold text-emerald-900" : "sr-only"}>
        {state?.ok ? t("saved") : ""}
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900">
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("working") : t("save")}
      </Button>
    </form>
  );
}
