"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Changed = { status: "moved" | "cancelled"; slotId: string; tableId: string };
type Action = (state: unknown, formData: FormData) => Promise<ActionResult<Changed>>;

export interface SlotChoice {
  id: string;
  label: string;
}

const control = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700";

/** This page's own error texts first (a lost race, a busy delegate), then the shared ones. */
function useMessage(state: ActionResult<Changed>) {
  const own = useTranslations("meetingChange.errors");
  const shared = useTranslations("errors");
  const text = (code: string) => (own.has(code) ? own(code) : shared.has(code) ? shared(code) : shared("unexpected"));
  if (state.ok) return { error: undefined, field: () => undefined };
  return { error: text(state.error === "invalidInput" ? "invalidInput" : state.error), field: (name: string) => state.fieldErrors?.[name]?.map(text) };
}

/** Move to another slot, and a chosen table or the first free one; the server decides races. */
export function MoveMeetingForm({ action, meetingId, days, tables, current }: {
  action: Action;
  meetingId: string;
  days: { label: string; slots: SlotChoice[] }[];
  tables: SlotChoice[];
  current: { slotId: string; tableId: string };
}) {
  const t = useTranslations("meetingChange");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as unknown as ActionResult<Changed>);
  const { error, field } = useMessage(state);
  const id = useId();
  const slotErrors = field("slotId");
  const tableErrors = field("tableId");
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <div role="status" className={state.ok && state.data ? "font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data?.status === "moved" ? t("moved") : ""}
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {error}
        </p>
      )}
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-slot`} className="font-medium">
          {t("newSlot")}
        </label>
        <select
          id={`${id}-slot`}
          name="slotId"
          defaultValue={current.slotId}
          aria-invalid={slotErrors ? true : undefined}
          aria-describedby={slotErrors ? `${id}-slot-error` : undefined}
          className={control}
        >
          {days.map((day) => (
            <optgroup key={day.label} label={day.label}>
              {day.slots.map((slot) => (
                <option key={slot.id} value={slot.id}>
                  {slot.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {slotErrors && (
          <p id={`${id}-slot-error`} className="text-sm font-medium text-red-800">
            {slotErrors.join(" ")}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-table`} className="font-medium">
          {t("newTable")}
        </label>
        <select
          id={`${id}-table`}
          name="tableId"
          defaultValue=""
          aria-invalid={tableErrors ? true : undefined}
          aria-describedby={tableErrors ? `${id}-table-error` : undefined}
          className={control}
        >
          <option value="">{t("anyTable")}</option>
          {tables.map((table) => (
            <option key={table.id} value={table.id}>
              {table.label}
            </option>
          ))}
        </select>
        {tableErrors && (
          <p id={`${id}-table-error`} className="text-sm font-medium text-red-800">
            {tableErrors.join(" ")}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("move")}
        </Button>
      </div>
    </form>
  );
}

export function CancelMeetingForm({ action, meetingId }: { action: Action; meetingId: string }) {
  const t = useTranslations("meetingChange");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as unknown as ActionResult<Changed>);
  const { error } = useMessage(state);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <div role="status" className={state.ok && state.data ? "font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data?.status === "cancelled" ? t("cancelled") : ""}
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {error}
        </p>
      )}
      <input type="hidden" name="meetingId" value={meetingId} />
      <p className="text-sm text-slate-700">{t("cancelHint")}</p>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
