"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The box of a table that may be wider than a phone: it scrolls sideways itself rather than
 * widening the page, and takes the keyboard's focus, shown, so that it scrolls without a mouse.
 * With a `hint`, a box wider than its screen says so above itself (and to a screen reader, as
 * its description): a grid cut at the screen's edge does not show that more tables follow.
 * `relative` makes the box the containing block of what is absolutely placed inside (the cells'
 * sr-only text): else those escape the scroll and widen the whole page on a phone.
 */
export function ScrollBox({ label, hint, className = "", children }: { label: string; hint?: string; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!hint || !element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [hint]);
  const hinted = hint !== undefined && overflowing;
  return (
    <>
      {hinted && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div
        ref={box}
        role="region"
        aria-label={label}
        aria-describedby={hinted ? hintId : undefined}
        tabIndex={0}
        className={`relative overflow-x-auto focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500 ${className}`}
      >
        {children}
      </div>
    </>
  );
}
