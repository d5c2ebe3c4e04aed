"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import { isolated } from "@/lib/i18n/localized";
import { useDayofErrors } from "./use-dayof-error";

type Result = ActionResult<{ seated: boolean } | undefined>;
type Action = (state: unknown, formData: FormData) => Promise<Result>;

/**
 * Takes or gives up the user's own seat at a meeting already booked. The server decides;
 * the page comes back with the new list of who attends, and this says what changed (it stays
 * mounted with no button, `intent` null, when nothing more can be done, so the notice stays).
 */
export function SeatForm({ action, meetingId, partnerName, intent }: { action: Action; meetingId: string; partnerName: string; intent: "take" | "giveUp" | null }) {
  const t = useTranslations("seats");
  const [state, dispatch, pending] = useActionState<Result, FormData>(action, { ok: true, data: undefined });
  const { formError } = useDayofErrors(state);
  const done = state.ok ? state.data : undefined;
  return (
    <div className="flex flex-col gap-2">
      <div role="status" className={done ? "font-semibold text-emerald-900" : "sr-only"}>
        {done ? t(done.seated ? "taken" : "givenUp") : ""}
      </div>
      <FormAlert message={formError} answer={state} />
      {intent && (
        <form action={dispatch}>
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="intent" value={intent} />
          <Button type="submit" variant={intent === "take" ? "primary" : "secondary"} disabled={pending}>
            {t(intent, { company: isolated(partnerName) })}
          </Button>
        </form>
      )}
    </div>
  );
}
