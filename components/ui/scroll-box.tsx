import type { ReactNode } from "react";

/**
 * The box of a table that may be wider than a phone: it scrolls sideways itself rather than
 * widening the page, and takes the keyboard's focus, shown, so that it scrolls without a mouse.
 */
export function ScrollBox({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`overflow-x-auto focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500 ${className}`}
    >
      {children}
    </div>
  );
}
