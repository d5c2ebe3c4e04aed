"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { isolated } from "@/lib/i18n/localized";
import { ConfirmStep } from "@/components/ui/confirm-step";
import type { ActionResult } from "@/lib/actions/result";
import { useBookingError } from "./use-booking-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

/**
 * Cancelling takes two steps: the first says what will happen (the other side is told, the
 * slot is freed) and offers to keep the meeting; only the second cancels. Once cancelled, the
 * page comes back saying so (the action leads to it with `?cancelled=1`).
 */
export function CancelMeeting({ action, meetingId, requestId, locale, company }: { action: Action; meetingId: string; requestId: string; locale: string; company: string }) {
  const t = useTranslations("booking");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<undefined>);
  const error = useBookingError(state);
  return (
    <div className="flex flex-col gap-2">
      {error && (
        <p role="alert" className="font-medium text-red-900">
          {error}
        </p>
      )}
      <form action={formAction} className="self-start">
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="locale" value={locale} />
        <ConfirmStep
          ask={t("cancelMeeting")}
          question={t("cancelConfirm", { company: isolated(company) })}
          confirm={t("cancelConfirmYes")}
          keep={t("cancelKeep")}
          pending={pending}
          settled={state}
        />
      </form>
    </div>
  );
}
