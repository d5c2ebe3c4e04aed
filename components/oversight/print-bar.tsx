"use client";

import { buttonClasses } from "@/components/ui/button";

/** The print button and the way back: on screen only, never on paper. */
export function PrintBar({ label, children }: { label: string; children?: React.ReactNode }) {
  return (
    <div className="print-hidden flex flex-wrap items-center gap-4">
      <button type="button" onClick={() => window.print()} className={buttonClasses("primary")}>
        {label}
      </button>
      {children}
    </div>
  );
}
