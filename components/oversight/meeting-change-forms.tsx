"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";

type Changed = { status: "moved" | "cancelled"; slotId: string; tableId: string };
type Action = (state: unknown, formData: FormData) => Promise<ActionResult<Changed>>;

export interface SlotChoice {
  id: string;
  label: string;
}

/** This page's own error texts first (a lost race, a busy delegate), then the shared ones. */
function useMessage(state: ActionResult<Changed>) {
  const own = useTranslations("meetingChange.errors");
  const shared = useTranslations("errors");
  const text = (code: string) => (own.has(code) ? own(code) : shared.has(code) ? shared(code) : shared("unexpected"));
  if (state.ok) return { error: undefined, field: () => undefined };
  return { error: text(state.error === "invalidInput" ? "invalidInput" : state.error), field: (name: string) => state.fieldErrors?.[name]?.map(text) };
}

/** The form's outcome: a status read out on success, an alert with the reason otherwise. */
function Outcome({ state, done, error }: { state: ActionResult<Changed>; done: Changed["status"]; error: string | undefined }) {
  const t = useTranslations("meetingChange");
  return (
    <>
      <div role="status" className={state.ok && state.data ? "font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data?.status === done ? t(done) : ""}
      </div>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {error}
        </p>
      )}
    </>
  );
}


const initial = { ok: true, data: undefined } as unknown as ActionResult<Changed>;

/** Move to another slot, and a chosen table or the first free one; the server decides races. */
export function MoveMeetingForm({ action, meetingId, days, tables, current }: {
  action: Action;
  meetingId: string;
  days: { label: string; slots: SlotChoice[] }[];
  tables: SlotChoice[];
  current: { slotId: string; tableId: string };
}) {
  const t = useTranslations("meetingChange");
  const [state, formAction, pending] = useActionState(action, initial);
  const { error, field } = useMessage(state);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <Outcome state={state} done="moved" error={error} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField name="slotId" label={t("newSlot")} defaultValue={current.slotId} errors={field("slotId")}>
        {days.map((day) => (
          <optgroup key={day.label} label={day.label}>
            {day.slots.map((slot) => (
              <option key={slot.id} value={slot.id}>
                {slot.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        name="tableId"
        label={t("newTable")}
        emptyOption={t("anyTable")}
        options={tables.map((table) => ({ value: table.id, label: table.label }))}
        defaultValue=""
        errors={field("tableId")}
      />
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
  const [state, formAction, pending] = useActionState(action, initial);
  const { error } = useMessage(state);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <Outcome state={state} done="cancelled" error={error} />
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
