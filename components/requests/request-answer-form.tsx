"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { TextareaField } from "./textarea-field";
import { useRequestErrors } from "./use-request-errors";

export type AnswerRequestAction = (state: unknown, formData: FormData) => Promise<ActionResult<{ status: string } | undefined>>;

/**
 * The buttons a request offers its reader, with an optional note. Rendered for every request,
 * even one with nothing left to do, so the outcome stays on screen once the list is redrawn.
 */
export function RequestAnswerForm({
  action,
  requestId,
  companyName,
  canRespond,
  canCancel,
}: {
  action: AnswerRequestAction;
  requestId: string;
  companyName: string;
  canRespond: boolean;
  canCancel: boolean;
}) {
  const t = useTranslations("requests");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field, value } = useRequestErrors(state);
  const done = state.ok && state.data ? state.data.status : null;
  const named = (key: "acceptFor" | "declineFor" | "cancelFor") => t(key, { name: companyName });
  return (
    <div className="flex flex-col gap-3">
      <div role="status" className={done ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {done ? t(`done.${done}`) : ""}
      </div>
      <FormAlert message={formError} />
      {(canRespond || canCancel) && (
        <form action={formAction} className="flex flex-col gap-2">
          <input type="hidden" name="requestId" value={requestId} />
          <TextareaField
            label={t("noteField")}
            hint={t("noteHint")}
            name="note"
            rows={2}
            maxLength={1000}
            defaultValue={value("note")}
            errors={field("note")}
          />
          <div className="flex flex-wrap gap-2">
            {canRespond && (
              <>
                <Button type="submit" name="action" value="accept" disabled={pending} aria-label={named("acceptFor")}>
                  {t("accept")}
                </Button>
                <Button type="submit" name="action" value="decline" variant="secondary" disabled={pending} aria-label={named("declineFor")}>
                  {t("decline")}
                </Button>
              </>
            )}
            {canCancel && (
              <Button type="submit" name="action" value="cancel" variant="secondary" disabled={pending} aria-label={named("cancelFor")}>
                {t("cancel")}
              </Button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
