"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import { useDayofErrors } from "./use-dayof-error";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

/** An organiser takes a mark back, after a question saying what follows (an absence undone is told to both sides). */
export function UndoMarkForm({ action, meetingId, locale, noShow }: { action: Action; meetingId: string; locale: string; noShow: boolean }) {
  const t = useTranslations("attendance");
  const [state, dispatch, pending] = useActionState<ActionResult<undefined>, FormData>(action, { ok: true, data: undefined });
  const { formError } = useDayofErrors(state);
  return (
    <div className="flex flex-col gap-2">
      <FormAlert message={formError} />
      <form action={dispatch} className="self-start">
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="locale" value={locale} />
        <ConfirmStep
          ask={t("undoMark")}
          question={t(noShow ? "undoConfirmNoShow" : "undoConfirm")}
          confirm={t("undoYes")}
          keep={t("undoKeep")}
          pending={pending}
          settled={state}
        />
      </form>
    </div>
  );
}
