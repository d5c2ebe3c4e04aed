"use client";

import { useEffect, useRef } from "react";

/**
 * The form-level message; a live region so screen readers hear it when it appears. When one
 * appears, it is brought into view and takes the focus: on a phone the save button of a long
 * form sits far below it, and a message off-screen reads as nothing having happened.
 */
export function FormAlert({ message, id, answer }: { message?: string; id?: string; answer?: unknown }) {
  const box = useRef<HTMLDivElement>(null);
  // `answer`, the action's latest result, makes a second failure with the same words take the focus again.
  useEffect(() => {
    if (!message) return;
    box.current?.scrollIntoView({ block: "center" });
    box.current?.focus({ preventScroll: true });
  }, [message, answer]);
  return (
    <div
      ref={box}
      id={id}
      role="alert"
      tabIndex={-1}
      data-testid="form-alert"
      className={message ? "rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900 focus:outline-none focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500" : "sr-only"}
    >
      {message}
    </div>
  );
}
