"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { SchedulerOutcome } from "@/lib/schemas/scheduler";
import { useSchedulerError } from "./use-scheduler-error";

type Outcome = SchedulerOutcome;
type Action = (state: unknown, formData: FormData) => Promise<ActionResult<Outcome | undefined>>;

const initial: ActionResult<Outcome | undefined> = { ok: true, data: undefined };

/** `draftId`: the draft on the page now; a run's notice stands only while its proposal is that draft. */
function Feedback({ state, draftId }: { state: ActionResult<Outcome | undefined>; draftId?: string | null }) {
  const t = useTranslations("schedulerActions");
  const error = useSchedulerError(state);
  const data = state.ok ? state.data : undefined;
  const notice =
    data?.kind === "ran"
      ? data.proposalId === draftId
        ? t("ranNotice", { placed: data.placed, unplaced: data.unplaced })
        : ""
      : data?.kind === "published"
        ? t("publishedNotice", { meetings: data.meetings, emails: data.emails })
        : data?.kind === "discarded"
          ? t("discardedNotice")
          : "";
  return (
    <>
      <p role="status" className={notice ? "font-medium text-emerald-900" : "sr-only"}>
        {notice}
      </p>
      {error && (
        <p role="alert" data-testid="scheduler-alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {error}
        </p>
      )}
    </>
  );
}

/** Runs the engine on the server (for `seconds`) and shows the new proposal, `draftId` once on the page. */
export function RunSchedulerForm({ action, seconds, draftId }: { action: Action; seconds: number; draftId: string | null }) {
  const t = useTranslations("schedulerActions");
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <Feedback state={state} draftId={draftId} />
      <div>
        <Button type="submit" disabled={pending} aria-describedby="scheduler-intro">
          {pending ? t("running", { seconds }) : t("run")}
        </Button>
      </div>
    </form>
  );
}

/** Publish the draft, or throw it away. Stays mounted once decided, so its notice is still read out. */
export function ProposalDecision({ action, proposalId, count, open }: { action: Action; proposalId: string; count: number; open: boolean }) {
  const t = useTranslations("schedulerActions");
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="proposalId" value={proposalId} />
      {open && <p id="publish-hint">{count > 0 ? t("publishHint", { count }) : t("nothingToPublish")}</p>}
      <Feedback state={state} />
      {open && (
      <div className="flex flex-wrap gap-3">
        {/* A proposal that places nothing has nothing to publish: it can only be thrown away. */}
        {count > 0 && (
          <Button type="submit" name="decision" value="publish" disabled={pending} aria-describedby="publish-hint">
            {pending ? t("working") : t("publish")}
          </Button>
        )}
        <Button type="submit" name="decision" value="discard" variant="secondary" disabled={pending}>
          {t("discard")}
        </Button>
      </div>
      )}
    </form>
  );
}
