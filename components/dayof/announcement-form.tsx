"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useDayofErrors } from "./use-dayof-error";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ id: string }>>;

const languages = [
  { code: "fr", dir: "ltr" },
  { code: "ar", dir: "rtl" },
  { code: "ru", dir: "ltr" },
  { code: "en", dir: "ltr" },
] as const;

/** Four boxes, one per language; one filled alone is shown to every reader. */
export function AnnouncementForm({ action }: { action: Action }) {
  const t = useTranslations("announcements");
  const [state, dispatch, pending] = useActionState<ActionResult<{ id: string } | undefined>, FormData>(action, { ok: true, data: undefined });
  const { formError, field } = useDayofErrors(state);
  const base = useId();
  const values = !state.ok ? state.values : undefined;
  return (
    <form action={dispatch} className="flex flex-col gap-3" key={state.ok && state.data ? state.data.id : "draft"}>
      <p className="text-slate-700">{t("hint")}</p>
      <div role="status" className={state.ok && state.data ? "font-semibold text-emerald-900" : "sr-only"}>
        {state.ok && state.data ? t("published") : ""}
      </div>
      {formError && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {field("fr")?.[0] ?? formError}
        </p>
      )}
      {languages.map(({ code, dir }) => (
        <div key={code} className="flex flex-col gap-1">
          <label htmlFor={`${base}-${code}`} className="font-medium">
            {t(`label.${code}`)}
          </label>
          <textarea
            id={`${base}-${code}`}
            name={code}
            lang={code}
            dir={dir}
            rows={2}
            maxLength={600}
            defaultValue={values?.[code] ?? ""}
            className="rounded-lg border border-slate-400 p-2"
          />
          {field(code) && code !== "fr" && <p className="text-sm font-medium text-red-800">{field(code)!.join(" ")}</p>}
        </div>
      ))}
      <Button type="submit" disabled={pending}>
        {t("publish")}
      </Button>
    </form>
  );
}
