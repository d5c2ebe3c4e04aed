"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId } from "react";
import { useFormErrors } from "@/components/auth/use-form-errors";
import { useDecisionNotice } from "@/components/organiser/decision-notice";
import { MeetingsInTheWay } from "@/components/organiser/setup/meetings-in-the-way";
import { meetingsOf } from "@/components/organiser/setup/use-setup-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Decided = { name: string; status: string };
type Action = (state: unknown, formData: FormData) => Promise<ActionResult<Decided | undefined>>;

/**
 * Approve, or reject with a reason the company will read. Rejecting an approved company with
 * meetings to come lists them first, to be cancelled with it knowingly.
 */
export function CompanyDecision({ action, companyId, companyName, status, canApprove, canReject, timeZone, city }: {
  action: Action;
  companyId: string;
  companyName: string;
  status: string;
  canApprove: boolean;
  canReject: boolean;
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
    <div className="flex flex-col gap-3">
      {formError && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {formError}
        </p>
      )}
      {canApprove && (
        <form action={formAction}>
          <input type="hidden" name="companyId" value={companyId} />
          <input type="hidden" name="seenStatus" value={status} />
          <input type="hidden" name="decision" value="approve" />
          <Button type="submit" disabled={pending} aria-label={t("approveCompany", { name: companyName })}>
            {t("approve")}
          </Button>
        </form>
      )}
      {canReject && (
        <form action={formAction} className="flex flex-col gap-2">
          <input type="hidden" name="companyId" value={companyId} />
          <input type="hidden" name="seenStatus" value={status} />
          <input type="hidden" name="decision" value="reject" />
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
          <Button type="submit" variant="secondary" disabled={pending} aria-label={t("rejectCompany", { name: companyName })}>
            {t("reject")}
          </Button>
        </form>
      )}
    </div>
  );
}
