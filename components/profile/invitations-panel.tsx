"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/actions/result";
import type { ProfileAction } from "./company-form";
import { ConfirmAction } from "./confirm-action";
import { useProfileErrors } from "./use-profile-errors";

type Created = { link: string; expires: string } | undefined;
type CreateAction = (state: unknown, formData: FormData) => Promise<ActionResult<Created>>;

export interface ActiveInvitation {
  id: string;
  email: string | null;
  /** Already formatted in the forum's zone, with the zone named. */
  expires: string;
}

/** Create a link (shown once, to copy), and see or revoke the links that still work. */
export function InvitationsPanel({
  companyId,
  locale,
  createAction,
  revokeAction,
  active,
}: {
  companyId: string;
  locale: string;
  createAction: CreateAction;
  revokeAction: ProfileAction;
  active: readonly ActiveInvitation[];
}) {
  const t = useTranslations("invitations");
  const [state, formAction, pending] = useActionState(createAction, { ok: true, data: undefined } as ActionResult<Created>);
  const { formError, field, values } = useProfileErrors(state);
  const created = state.ok ? state.data : undefined;
  return (
    <div className="flex flex-col gap-4">
      <p>{t("intro")}</p>
      <FormAlert message={formError} />
      <form action={formAction} noValidate className="flex flex-col gap-3" key={JSON.stringify(values)}>
        <input type="hidden" name="companyId" value={companyId} />
        <input type="hidden" name="locale" value={locale} />
        <Field label={t("email")} hint={t("emailHint")} name="email" type="email" autoComplete="off" dir="ltr" defaultValue={values?.email ?? ""} errors={field("email")} />
        <Button type="submit" disabled={pending} className="self-start">
          {t("create")}
        </Button>
      </form>
      {created && <CreatedLink key={created.link} link={created.link} expires={created.expires} />}
      <h3 className="text-lg font-semibold">{t("activeTitle")}</h3>
      {active.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200">
          {active.map((invitation) => {
            const who = invitation.email ? t.rich("forEmail", { email: invitation.email, address: (chunks) => <bdi dir="ltr">{chunks}</bdi> }) : t("forAnyone");
            return (
              <li key={invitation.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="font-medium">{who}</p>
                  <p className="text-sm text-slate-700">{t("expires", { date: invitation.expires })}</p>
                </div>
                <ConfirmAction
                  action={revokeAction}
                  fields={{ companyId, invitationId: invitation.id }}
                  summary={t("revoke")}
                  explanation={t("revokeExplain")}
                  confirm={t("revokeConfirm")}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function CreatedLink({ link, expires }: { link: string; expires: string }) {
  const t = useTranslations("invitations");
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (insecure origin, refused permission): the link stays selectable in the field.
      setCopied(false);
    }
  };
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3">
      <label htmlFor={id} className="font-semibold">
        {t("linkLabel")}
      </label>
      <p id={`${id}-hint`} className="text-sm">
        {t("linkOnce")} {t("expires", { date: expires })}
      </p>
      <input
        id={id}
        readOnly
        value={link}
        dir="ltr"
        aria-describedby={`${id}-hint`}
        onFocus={(event) => event.currentTarget.select()}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
      />
      <div className="flex items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        <p role="status" className="text-sm font-medium text-emerald-900">
          {copied ? t("copied") : ""}
        </p>
      </div>
    </div>
  );
}
