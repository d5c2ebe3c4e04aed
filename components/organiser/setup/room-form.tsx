"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { LocalizedText } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/result";
import { useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
const languages = ["fr", "ar", "ru", "en"] as const;

export function RoomForm({ action, room }: { action: Action; room?: { id: string; name: LocalizedText; capacity: number | null } }) {
  const t = useTranslations("venue");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<unknown>);
  const { formError, field, value } = useSetupForm(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {room && <input type="hidden" name="roomId" value={room.id} />}
      <p role="status" className={state.ok && state.data !== undefined ? "font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data !== undefined ? t("roomSaved") : ""}
      </p>
      <FormAlert message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        {languages.map((l) => (
          <Field key={l} label={t(`roomName.${l}`)} name={`name.${l}`} lang={l} dir={l === "ar" ? "rtl" : "ltr"} defaultValue={value(`name.${l}`, room?.name[l])} errors={field(`name.${l}`)} required={l === "fr"} maxLength={120} />
        ))}
        <Field label={t("capacity")} name="capacity" type="number" min={1} defaultValue={value("capacity", room?.capacity)} errors={field("capacity")} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {room ? t("saveRoom") : t("addRoom")}
      </Button>
    </form>
  );
}
