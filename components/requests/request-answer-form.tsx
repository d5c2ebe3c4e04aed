"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormAlert } from "@/components/ui/form-alert";
import { isolated } from "@/lib/i18n/localized";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { TextareaField } from "./textarea-field";
import { useRequestErrors } from "./use-request-errors";

export type AnswerRequestAction = (state: unknown, formData: FormData) => Promise<ActionResult<{ status: string } | undefined>>;

/**
 * The buttons a request offers its reader, with an optional note. Rendered for every request,
 * even one with nothing left to do, so the outcome stays on screen once the list is redrawn.
 * Cancelling asks first, saying what follows (a booked meeting goes with the request), and
 * can be stepped back from.
 */
export function RequestAnswerForm({
  action,
  requestId,
  companyName,
  canRespond,
  canCancel,
  booked = false,
}: {
  action: AnswerRequestAction;
  requestId: string;
  companyName: string;
  canRespond: boolean;
  canCancel: boolean;
  /** The request's meeting is booked: cancelling the request cancels it too. */
  booked?: boolean;
}) {
  const t = useTranslations("requests");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field, value } = useRequestErrors(state);
  const done = state.ok && state.data ? state.data.status : null;
  const named = (key: "acceptFor" | "declineFor" | "cancelFor") => t(key, { name: companyName });
  // The button pressed is gone once the answer is in: the focus goes to what happened.
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);
  return (
    <div className="flex flex-col gap-3">
      <div role="status" ref={status} tabIndex={-1} className={done ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
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
              <ConfirmStep
                ask={t("cancel")}
                askLabel={named("cancelFor")}
                question={t(booked ? "cancelConfirmBooked" : "cancelConfirm", { name: isolated(companyName) })}
                confirm={t("cancelConfirmYes")}
                keep={t("cancelKeep")}
                pending={pending}
                settled={state}
                name="action"
                value="cancel"
              />
            )}
          </div>
        </form>
      )}
    </div>
  );
}
