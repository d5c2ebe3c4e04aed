"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";

export type ResetFeedAction = (state: unknown, formData: FormData) => Promise<ActionResult<{ path: string } | undefined>>;

const noSubscription = () => () => {};

/**
 * Makes (or remakes) the private subscription URL. The secret is only stored hashed, so the
 * URL shows once, right after it is made; "Reset the link" makes a new one and kills the old.
 */
export function FeedSubscription({ action, existingSince }: { action: ResetFeedAction; existingSince: string | null }) {
  const t = useTranslations("schedule.calendar");
  const errors = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const origin = useSyncExternalStore(noSubscription, () => location.origin, () => "");
  const inputId = useId();
  const hintId = useId();
  const created = state.ok && state.data ? state.data.path : null;
  const url = created ? `${origin}${created}` : null;
  const error = !state.ok ? (errors.has(state.error) ? errors(state.error) : errors("unexpected")) : undefined;
  const hasLink = created !== null || existingSince !== null;
  return (
    <div className="flex flex-col gap-3">
      <div role="status" className={created ? "rounded-lg border border-emerald-700 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {created ? t("created") : ""}
      </div>
      <FormAlert message={error} />
      {url && (
        <div className="flex flex-col gap-2">
          <label htmlFor={inputId} className="font-semibold">
            {t("urlLabel")}
          </label>
          <p id={hintId} className="text-sm text-slate-800">
            {t("urlHint")}
          </p>
          <input
            id={inputId}
            readOnly
            value={url}
            dir="ltr"
            aria-describedby={hintId}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 w-full rounded-lg border border-slate-500 bg-white px-3 py-2 font-mono text-sm text-slate-950"
          />
          <a
            href={url.replace(/^https?:/, "webcal:")}
            className="inline-flex min-h-11 items-center self-start font-semibold text-emerald-900 underline underline-offset-4 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500"
          >
            {t("open")}
          </a>
        </div>
      )}
      {!created && existingSince && <p>{t("existing", { date: existingSince })}</p>}
      <form action={formAction} className="flex flex-col gap-1">
        <Button type="submit" variant={hasLink ? "secondary" : "primary"} disabled={pending} className="self-start">
          {hasLink ? t("reset") : t("subscribe")}
        </Button>
        {hasLink && <p className="text-sm text-slate-800">{t("resetHint")}</p>}
      </form>
    </div>
  );
}
