"use client";

import { useActionState } from "react";
import { buttonClasses, Button } from "@/components/ui/button";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import type { ProfileAction } from "./company-form";
import { useProfileErrors } from "./use-profile-errors";

type Saved = { saved: boolean } | undefined;

/**
 * A consequential action behind a disclosure: the first press opens it and says what will
 * happen, the second does it. Works without JavaScript (details/summary and a plain form).
 */
export function ConfirmAction({
  action,
  fields,
  summary,
  explanation,
  confirm,
  variant = "secondary",
}: {
  action: ProfileAction;
  fields: Record<string, string>;
  summary: string;
  explanation: string;
  confirm: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState as ActionResult<Saved>);
  const { formError } = useProfileErrors(state);
  return (
    <details className="group">
      <summary className={buttonClasses("ghost", "cursor-pointer list-none")}>{summary}</summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2 rounded-lg bg-slate-100 p-3">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p>{explanation}</p>
        {formError && (
          <p role="alert" className="font-medium text-red-800">
            {formError}
          </p>
        )}
        <Button type="submit" variant={variant} disabled={pending} className="self-start">
          {confirm}
        </Button>
      </form>
    </details>
  );
}
