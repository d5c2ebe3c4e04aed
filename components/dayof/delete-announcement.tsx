"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useDayofErrors } from "./use-dayof-error";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ id: string }>>;

export function DeleteAnnouncement({ action, id, label }: { action: Action; id: string; label: string }) {
  const [state, dispatch, pending] = useActionState<ActionResult<{ id: string } | undefined>, FormData>(action, { ok: true, data: undefined });
  const { formError } = useDayofErrors(state);
  return (
    <form action={dispatch}>
      <input type="hidden" name="announcementId" value={id} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      {formError && <p role="alert" className="text-sm font-medium text-red-900">{formError}</p>}
    </form>
  );
}
