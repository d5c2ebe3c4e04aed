"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { isolated } from "@/lib/i18n/localized";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useBookingError } from "./use-booking-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

/**
 * Cancelling takes two steps: the first says what will happen (the other side is told, the
 * slot is freed) and offers to keep the meeting; only the second cancels. Once cancelled, the
 * page comes back saying so (the action leads to it with `?cancelled=1`). The question takes
 * the focus, so it is read out where the button was.
 */
export function CancelMeeting({ action, meetingId, requestId, locale, company }: { action: Action; meetingId: string; requestId: string; locale: string; company: string }) {
  const t = useTranslations("booking");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<undefined>);
  const [confirming, setConfirming] = useState(false);
  const error = useBookingError(state);
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  return (
    <div className="flex flex-col gap-2">
      {error && (
        <p role="alert" className="font-medium text-red-900">
          {error}
        </p>
      )}
      {confirming ? (
        <form action={formAction} aria-labelledby={questionId} className="flex flex-col gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3">
          <p id={questionId} ref={question} tabIndex={-1} className="font-medium">
            {t("cancelConfirm", { company: isolated(company) })}
          </p>
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="locale" value={locale} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {t("cancelConfirmYes")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              {t("cancelKeep")}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)} className="self-start">
          {t("cancelMeeting")}
        </Button>
      )}
    </div>
  );
}
