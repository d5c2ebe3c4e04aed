"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { LazyDetails } from "@/components/ui/lazy-details";
import type { ActionResult } from "@/lib/actions/result";
import { MeetingsInTheWay } from "./meetings-in-the-way";
import type { SessionAction, SessionSaved } from "./session-form";
import { meetingsOf, useSetupForm } from "./use-setup-form";

/**
 * Deleting asks twice: a disclosure says what happens, its button does it. The same on the
 * programme and on the session's own page; either way the programme then says it is done.
 */
export function DeleteSession({ action, sessionId, title, timeZone, city }: { action: SessionAction; sessionId: string; title: string; timeZone: string; city: string }) {
  const t = useTranslations("agendaEditor");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<SessionSaved | undefined>);
  const { failed, formError } = useSetupForm(state);
  return (
    // The programme lists every session: each confirmation form is rendered once asked for.
    <LazyDetails summaryClassName="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800" summary={t("delete")}>
      <form action={formAction} className="mt-2 flex flex-col gap-2 rounded-lg bg-slate-100 p-3">
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="locale" value={locale} />
        <p>{t("deleteExplain", { title })}</p>
        <FormAlert message={formError} />
        {failed && <MeetingsInTheWay meetings={meetingsOf(state)} timeZone={timeZone} city={city} canCancel={failed.error === "meetingsInTheWay"} />}
        <Button type="submit" variant="secondary" disabled={pending} className="self-start" aria-label={t("deleteSession", { title })}>
          {t("confirmDelete")}
        </Button>
      </form>
    </LazyDetails>
  );
}
