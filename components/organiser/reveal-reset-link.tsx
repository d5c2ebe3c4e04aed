"use client";

import { useActionState } from "react";
import { useSetupForm } from "@/components/organiser/setup/use-setup-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ link: string } | undefined>>;

/** A reset e-mail's link, shown on request only (each showing is audited), to pass on to its owner. */
export function RevealResetLink({ action, emailId, label, ariaLabel, shown }: { action: Action; emailId: string; label: string; ariaLabel: string; shown: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<{ link: string } | undefined>);
  const { formError } = useSetupForm(state);
  const link = state.ok ? state.data?.link : undefined;
  return (
    <div className="mt-2 flex flex-col gap-1">
      {!link && (
        <form action={formAction}>
          <input type="hidden" name="emailId" value={emailId} />
          <Button type="submit" variant="secondary" disabled={pending} aria-label={ariaLabel}>
            {label}
          </Button>
        </form>
      )}
      <div role="status">
        {link && (
          <>
            <p className="text-sm font-medium text-amber-900">{shown}</p>
            <p dir="ltr" className="break-all font-mono text-sm">
              {link}
            </p>
          </>
        )}
      </div>
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {formError}
        </p>
      )}
    </div>
  );
}
