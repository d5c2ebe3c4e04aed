"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId } from "react";
import { useFormErrors } from "@/components/auth/use-form-errors";
import { useDecisionNotice } from "@/components/organiser/decision-notice";
import { MeetingsInTheWay } from "@/components/organiser/setup/meetings-in-the-way";
import { meetingsOf } from "@/components/organiser/setup/meetings-of";
import { Button } from "@/components/ui/button";
import { LazyDetails } from "@/components/ui/lazy-details";
import type { ActionResult } from "@/lib/actions/result";

type Decided = { name: string; status: string };
export type DecisionAction = (state: unknown, formData: FormData) => Promise<ActionResult<Decided | undefined>>;

/**
 * Approve, or reject with a reason the company will read. Rejecting an approved company with
 * meetings to come lists them first, to be cancelled with it knowingly. One form per company,
 * the pressed button saying which decision: the queue lists ten companies, and each form
 * carries the framework's own hidden fields. The reason is asked for only when rejecting.
 */
export function CompanyDecision({ action, companyId, companyName, status, timeZone, city }: {
  action: DecisionAction;
  companyId: string;
  companyName: string;
  status: string;
  timeZone: string;
  city: string;
}) {
  const t = useTranslations("approvals");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined });
  const { formError, field, value } = useFormErrors(state);
  const reasonId = useId();
  const announce = useDecisionNotice();
  const router = useRouter();
  const decided = state.ok ? state.data : undefined;
  // Confirmed above the list first, then the list refreshed without this company's card.
  useEffect(() => {
    if (!decided) return;
    announce(t(decided.status === "approved" ? "approvedNotice" : "rejectedNotice", { name: decided.name }));
    router.refresh();
  }, [decided, announce, router, t]);
  const reasonErrors = field("reason");
  return (
    <form action={formAction} className="mt-4 flex flex-col items-start gap-3">
      <input type="hidden" name="companyId" value={companyId} />
      <input type="hidden" name="seenStatus" value={status} />
      {formError && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {formError}
        </p>
      )}
      {status !== "approved" && (
        <Button type="submit" name="decision" value="approve" disabled={pending} aria-label={t("approveCompany", { name: companyName })}>
          {t("approve")}
        </Button>
      )}
      {status !== "rejected" && (
        <LazyDetails className="self-stretch" summaryClassName="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800" summary={t("rejectOpen")}>
          <div className="flex flex-col gap-2">
            <label htmlFor={reasonId} className="font-medium">
              {t("reasonLabel", { name: companyName })}
            </label>
            <textarea
              id={reasonId}
              name="reason"
              rows={2}
              maxLength={500}
              defaultValue={value("reason")}
              aria-invalid={reasonErrors ? true : undefined}
              aria-describedby={reasonErrors ? `${reasonId}-error` : undefined}
              className="rounded-lg border border-slate-400 p-2"
            />
            {reasonErrors && (
              <p id={`${reasonId}-error`} className="text-sm font-medium text-red-800">
                {reasonErrors.join(" ")}
              </p>
            )}
            <MeetingsInTheWay meetings={meetingsOf(state)} timeZone={timeZone} city={city} canCancel />
            <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending} className="self-start" aria-label={t("rejectCompany", { name: companyName })}>
              {t("reject")}
            </Button>
          </div>
        </LazyDetails>
      )}
    </form>
  );
}
