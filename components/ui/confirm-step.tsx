"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * An action that is not easily undone, in two steps: a button, then a question saying what
 * follows, the action, and a way to step back. The question is the browser's own popover, so
 * the first tap opens it even before the page's script has loaded (on a slow network at the
 * forum that can take a while); once it has, the question takes the focus, so a screen reader
 * reads it at once. It sits inside the form it confirms: `name` and `value` go with its
 * submit button. A new answer from the server (`settled`) closes it.
 */
export function ConfirmStep({
  ask,
  askLabel,
  question,
  confirm,
  keep,
  pending,
  settled,
  name,
  value,
  className = "",
}: {
  /** The first button's text, and its accessible name where the text alone is not enough. */
  ask: ReactNode;
  askLabel?: string;
  question: ReactNode;
  confirm: string;
  keep: string;
  pending: boolean;
  /** Changes with each answer of the form's action (its state). */
  settled?: unknown;
  name?: string;
  value?: string;
  className?: string;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const focusQuestion = (event: Event) => {
      if ((event as ToggleEvent).newState === "open") heading.current?.focus();
    };
    element.addEventListener("toggle", focusQuestion);
    // Opened before the script arrived: the question takes the focus now.
    if (element.matches(":popover-open")) heading.current?.focus();
    return () => element.removeEventListener("toggle", focusQuestion);
  }, []);
  const answered = useRef(settled);
  useEffect(() => {
    if (answered.current === settled) return;
    answered.current = settled;
    if (box.current?.matches(":popover-open")) box.current.hidePopover();
  }, [settled]);
  return (
    <>
      <Button variant="secondary" popoverTarget={`${id}-box`} aria-label={askLabel} disabled={pending} className={className}>
        {ask}
      </Button>
      <div
        id={`${id}-box`}
        ref={box}
        popover="auto"
        role="group"
        aria-labelledby={`${id}-question`}
        className="fixed inset-x-0 top-auto bottom-0 m-0 w-full max-w-none rounded-t-xl border border-amber-400 bg-amber-50 p-4 text-slate-950 shadow-xl backdrop:bg-slate-950/30 sm:inset-0 sm:m-auto sm:h-fit sm:max-w-md sm:rounded-xl"
      >
        <div className="flex flex-col gap-3">
          <p id={`${id}-question`} ref={heading} tabIndex={-1} className="font-medium">
            {question}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name={name} value={value} disabled={pending}>
              {confirm}
            </Button>
            <Button variant="secondary" popoverTarget={`${id}-box`} popoverTargetAction="hide" disabled={pending}>
              {keep}
            </Button>
          </div>
        </div>
      </div>
    </>
  );
}
