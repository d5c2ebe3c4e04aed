"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useBookingError } from "./use-booking-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

export function CancelMeeting({ action, meetingId }: { action: Action; meetingId: string }) {
  const t = useTranslations("booking");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<undefined>);
  const error = useBookingError(state);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {error && (
        <p role="alert" className="font-medium text-red-900">
          {error}
        </p>
      )}
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("cancelMeeting")}
      </Button>
    </form>
  );
}
