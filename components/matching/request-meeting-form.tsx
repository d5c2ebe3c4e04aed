"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { TextareaField } from "@/components/requests/textarea-field";
import { useRequestErrors } from "@/components/requests/use-request-errors";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { Link } from "@/lib/i18n/navigation";

export type SendRequestAction = (state: unknown, formData: FormData) => Promise<ActionResult<{ requestId: string } | undefined>>;

/** "Request a meeting" with an optional message; once sent, it says so in place of the form. */
export function RequestMeetingForm({ action, companyId, companyName }: { action: SendRequestAction; companyId: string; companyName: string }) {
  const t = useTranslations("requestMeeting");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const { formError, field, value } = useRequestErrors(state);
  const sent = state.ok && state.data !== undefined;
  // The form, and its button, are gone once sent: the focus goes to what happened.
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) status.current?.focus();
  }, [sent]);
  return (
    <div className="flex flex-col gap-3">
      {/* Present from the start so screen readers announce the outcome when it appears. */}
      <div role="status" ref={status} tabIndex={-1} className={sent ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {sent && (
          <>
            {t.rich("sent", { name: companyName, company: (chunks) => <bdi>{chunks}</bdi> })}{" "}
            <Link href="/requests" className="inline-flex min-h-11 items-center underline underline-offset-4">
              {t("seeRequests")}
            </Link>
          </>
        )}
      </div>
      {!sent && (
        <>
          <FormAlert message={formError} />
          <form action={formAction} className="flex flex-col gap-2">
            <input type="hidden" name="toCompanyId" value={companyId} />
            <TextareaField
              label={t("message")}
              hint={t("messageHint")}
              name="message"
              rows={3}
              maxLength={1000}
              defaultValue={value("message")}
              errors={field("message")}
            />
            <Button type="submit" disabled={pending} aria-label={t("submitFor", { name: companyName })} className="self-start">
              {t("submit")}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
