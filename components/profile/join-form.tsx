"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { useProfileErrors } from "./use-profile-errors";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<undefined>>;

/** The one button that accepts an invitation; on success the server sends the user to their company. */
export function JoinForm({ action, token, companyName }: { action: Action; token: string; companyName: string }) {
  const t = useTranslations("join");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field } = useProfileErrors(state);
  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={field("token")?.join(" ") ?? formError} />
      <form action={formAction}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <Button type="submit" disabled={pending}>
          {t("submit", { company: companyName })}
        </Button>
      </form>
    </div>
  );
}
