"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { isolated } from "@/lib/i18n/localized";
import type { ActionResult } from "@/lib/actions/result";
import { useDayofErrors } from "./use-dayof-error";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ status: string }>>;

/**
 * Held or missed: a delegate says so for the other side; an organiser names who was absent.
 * A delegate's "did not come" takes a second step: it e-mails the other side and only the
 * forum's desk can take it back, and it sits beside "held", a tap away on a phone.
 */
export function AttendanceForm({ action, meetingId, organiser, partnerName, companyAName, companyBName }: {
  action: Action;
  meetingId: string;
  organiser: boolean;
  partnerName: string;
  companyAName: string;
  companyBName: string;
}) {
  const t = useTranslations("attendance");
  const [state, dispatch, pending] = useActionState<ActionResult<{ status: string } | undefined>, FormData>(action, { ok: true, data: undefined });
  const { formError } = useDayofErrors(state);
  return (
    <div className="flex flex-col gap-3">
      <div role="status" className={state.ok && state.data ? "font-semibold text-emerald-900" : "sr-only"}>
        {state.ok && state.data ? t(state.data.status === "held" ? "heldNotice" : "noShowNotice") : ""}
      </div>
      {formError && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {formError}
        </p>
      )}
      <form action={dispatch}>
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="status" value="held" />
        <Button type="submit" disabled={pending}>
          {t("held")}
        </Button>
      </form>
      <form action={dispatch} className="flex flex-col gap-2">
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="status" value="no_show" />
        {organiser ? (
          <fieldset className="flex flex-col gap-1">
            <legend className="font-medium">{t("absentLegend")}</legend>
            {(
              [
                ["a", companyAName],
                ["b", companyBName],
                ["both", t("bothSides")],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="absent" value={value} required className="h-5 w-5" />
                <bdi>{label}</bdi>
              </label>
            ))}
          </fieldset>
        ) : null}
        {organiser ? (
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("noShow")}
          </Button>
        ) : (
          <ConfirmStep
            ask={t("partnerAbsent", { company: partnerName })}
            question={t("partnerAbsentConfirm", { company: isolated(partnerName) })}
            confirm={t("partnerAbsentYes")}
            keep={t("partnerAbsentKeep")}
            pending={pending}
            settled={state}
          />
        )}
      </form>
    </div>
  );
}
