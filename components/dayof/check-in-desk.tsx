"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { QrScanner } from "./qr-scanner";
import { useDayofErrors } from "./use-dayof-error";

export interface CheckedInPerson {
  userId: string;
  fullName: string;
  jobTitle: string | null;
  companyName: string;
  country: string;
  photoUrl: string | null;
  checkedInAt: string;
  created: boolean;
}

export interface SearchHit {
  userId: string;
  fullName: string;
  companyName: string;
  country: string;
  checkedInAt: string | null;
}

type Action<T> = (state: unknown, formData: FormData) => Promise<ActionResult<T>>;

/**
 * The check-in desk on a phone: scan the badge, or type its code, or find the name. Each way
 * ends in the same answer: who it is and since when they are in.
 */
export function CheckInDesk({ codeAction, personAction, revokeAction, hits, timeZone, zone, locale, countryNames }: {
  codeAction: Action<CheckedInPerson>;
  personAction: Action<CheckedInPerson>;
  revokeAction: Action<{ code: string }>;
  hits: SearchHit[] | null;
  timeZone: string;
  zone: string;
  locale: string;
  countryNames: Record<string, string>;
}) {
  const t = useTranslations("checkIn");
  const [state, dispatch, pending] = useActionState<ActionResult<CheckedInPerson | undefined>, FormData>(
    (previous, form) => (form.has("userId") ? personAction(previous, form) : codeAction(previous, form)),
    { ok: true, data: undefined },
  );
  const [revoked, revoke, revoking] = useActionState<ActionResult<{ code: string } | undefined>, FormData>(revokeAction, { ok: true, data: undefined });
  const { formError, field } = useDayofErrors(state);
  const revokeError = useDayofErrors(revoked).formError;
  const codeId = useId();
  // A form's fields are emptied once its action has run: a code refused comes back to be checked.
  const [lastCode, setLastCode] = useState("");
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
  const person = state.ok ? state.data : undefined;
  const codeErrors = field("code");
  // A check-in from the search results, far down a phone's screen, brings its result into view
  // and reads it out; a code or a scan stays where it was, next to the next one.
  const result = useRef<HTMLDivElement>(null);
  const fromResults = useRef(false);
  useEffect(() => {
    if (!fromResults.current) return;
    fromResults.current = false;
    result.current?.scrollIntoView({ block: "start" });
    result.current?.focus({ preventScroll: true });
  }, [state]);

  const submitScan = (text: string) => {
    const form = new FormData();
    form.set("code", text);
    form.set("method", "scan");
    startTransition(() => dispatch(form));
  };

  return (
    <div className="flex flex-col gap-5">
      <div aria-live="polite" ref={result} tabIndex={-1}>
        {person && (
          <section aria-labelledby="checked-in-name" className={`flex gap-4 rounded-xl border-2 p-4 ${person.created ? "border-emerald-700 bg-emerald-50" : "border-amber-500 bg-amber-50"}`}>
            {person.photoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- a private photo behind the session, not an optimisable asset
              <img src={person.photoUrl} alt={t("photoOf", { name: person.fullName })} width={96} height={96} className="h-24 w-24 rounded-lg object-cover" />
            ) : (
              <div aria-hidden="true" className="flex h-24 w-24 items-center justify-center rounded-lg bg-slate-200 text-3xl font-bold text-slate-700">
                {person.fullName.slice(0, 1)}
              </div>
            )}
            <div className="flex flex-col gap-1">
              <h2 id="checked-in-name" className="text-xl font-bold">
                <bdi>{person.fullName}</bdi>
              </h2>
              {person.jobTitle && <bdi>{person.jobTitle}</bdi>}
              <p className="font-semibold">
                <bdi>{person.companyName}</bdi> · {countryNames[person.country] ?? person.country}
              </p>
              <p role="status" className="text-lg font-bold">
                {person.created ? t("arrived", { time: time(person.checkedInAt), zone }) : t("already", { time: time(person.checkedInAt), zone })}
              </p>
              <form action={revoke}>
                <input type="hidden" name="userId" value={person.userId} />
                <Button type="submit" variant="ghost" disabled={revoking}>
                  {t("revoke")}
                </Button>
              </form>
              {revoked.ok && revoked.data && <p role="status">{t("revoked", { code: revoked.data.code })}</p>}
              {revokeError && <p role="alert" className="font-medium text-red-900">{revokeError}</p>}
            </div>
          </section>
        )}
        {formError && (
          <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-lg font-bold text-red-900">
            {codeErrors?.[0] ?? formError}
          </p>
        )}
      </div>

      <section aria-labelledby="scan-title" className="flex flex-col gap-3">
        <h2 id="scan-title" className="text-lg font-semibold">
          {t("scanTitle")}
        </h2>
        <QrScanner onCode={submitScan} />
      </section>

      <section aria-labelledby="code-title" className="flex flex-col gap-3">
        <h2 id="code-title" className="text-lg font-semibold">
          {t("codeTitle")}
        </h2>
        <form
          action={(form) => {
            setLastCode(String(form.get("code") ?? ""));
            dispatch(form);
          }}
          className="flex flex-col gap-2"
        >
          <label htmlFor={codeId} className="font-medium">
            {t("codeLabel")}
          </label>
          <input
            id={codeId}
            name="code"
            defaultValue={state.ok ? "" : lastCode}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            placeholder="PSL-XXXX-XXXX-XXXX-XXXX"
            aria-invalid={codeErrors ? true : undefined}
            className="min-h-11 rounded-lg border border-slate-400 px-3 font-mono text-lg"
          />
          <input type="hidden" name="method" value="code" />
          <Button type="submit" disabled={pending}>
            {t("submitCode")}
          </Button>
        </form>
      </section>

      {hits && (
        <section aria-labelledby="hits-title" className="flex flex-col gap-2">
          <h2 id="hits-title" className="text-lg font-semibold">
            {t("hitsTitle")}
          </h2>
          {hits.length === 0 && <p>{t("noMatch")}</p>}
          <ul className="flex flex-col gap-2">
            {hits.map((hit) => (
              <li key={hit.userId} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white p-3">
                <div>
                  <p className="font-semibold">
                    <bdi>{hit.fullName}</bdi>
                  </p>
                  <p className="text-sm">
                    <bdi>{hit.companyName}</bdi> · {countryNames[hit.country] ?? hit.country}
                  </p>
                  {hit.checkedInAt && <p className="text-sm text-emerald-900">{t("alreadyShort", { time: time(hit.checkedInAt) })}</p>}
                </div>
                <form
                  action={(form) => {
                    fromResults.current = true;
                    dispatch(form);
                  }}
                >
                  <input type="hidden" name="userId" value={hit.userId} />
                  <Button type="submit" variant="secondary" disabled={pending} aria-label={t("checkInPerson", { name: hit.fullName })}>
                    {t("checkIn")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
