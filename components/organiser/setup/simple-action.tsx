"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useSetupForm } from "./use-setup-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/** One button that runs one action on one thing, with the answer read out beside it. */
export function SimpleAction({ action, fields, label, ariaLabel, done, variant = "secondary" }: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  done?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<unknown>);
  const { formError } = useSetupForm(state);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={ariaLabel} className="self-start">
        {label}
      </Button>
      <p role="status" className={state.ok && state.data !== undefined && done ? "text-sm font-medium text-emerald-900" : "sr-only"}>
        {state.ok && state.data !== undefined ? done : ""}
      </p>
      {formError && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {formError}
        </p>
      )}
    </form>
  );
}
