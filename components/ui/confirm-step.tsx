"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * The second step of an action that is not easily undone: a question saying what follows,
 * the action, and a way to step back. Shown in place of the first button, it takes the focus,
 * so a screen reader reads the question where that button was. It sits inside the form it
 * confirms; `name` and `value` go with its submit button.
 */
export function ConfirmStep({
  question,
  confirm,
  keep,
  onKeep,
  pending,
  name,
  value,
}: {
  question: ReactNode;
  confirm: string;
  keep: string;
  onKeep: () => void;
  pending: boolean;
  name?: string;
  value?: string;
}) {
  const id = useId();
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3">
      <p id={id} ref={heading} tabIndex={-1} className="font-medium">
        {question}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name={name} value={value} disabled={pending}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={onKeep} disabled={pending}>
          {keep}
        </Button>
      </div>
    </div>
  );
}
