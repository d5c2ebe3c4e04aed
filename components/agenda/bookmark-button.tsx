"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialActionState, type ActionResult } from "@/lib/actions/result";

export type BookmarkAction = (state: unknown, formData: FormData) => Promise<ActionResult<{ bookmarked: boolean } | undefined>>;

/**
 * A toggle button (aria-pressed) that keeps a session in the user's schedule. The form sends
 * the state wanted, so it also works before the page's script has loaded.
 */
export function BookmarkButton({ action, sessionId, title, bookmarked }: { action: BookmarkAction; sessionId: string; title: string; bookmarked: boolean }) {
  const t = useTranslations("agenda");
  const errors = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const pressed = state.ok && state.data ? state.data.bookmarked : bookmarked;
  const done = state.ok && state.data ? t(state.data.bookmarked ? "bookmarked" : "unbookmarked") : "";
  const error = !state.ok ? (errors.has(state.error) ? errors(state.error) : errors("unexpected")) : "";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="bookmarked" value={String(!pressed)} />
      <button
        type="submit"
        aria-pressed={pressed}
        aria-label={t("bookmarkFor", { title })}
        disabled={pending}
        className={[
          "inline-flex min-h-11 min-w-11 items-center gap-2 rounded-lg border-2 px-4 py-2 text-base font-semibold",
          "focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-wait",
          pressed ? "border-emerald-900 bg-emerald-900 text-white" : "border-emerald-900 bg-white text-emerald-950 hover:bg-emerald-50",
        ].join(" ")}
      >
        <span aria-hidden="true">{pressed ? "★" : "☆"}</span>
        {t("bookmark")}
      </button>
      <p role="status" className="text-sm font-medium text-slate-900">
        {done}
      </p>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
