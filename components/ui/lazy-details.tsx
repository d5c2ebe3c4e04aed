"use client";

import { useState, type ReactNode } from "react";

/**
 * A disclosure whose content is rendered the first time it opens, then kept (a form keeps
 * what was typed and its answer when closed again). A list page that offers a form per item
 * would otherwise carry every closed form in its HTML.
 */
export function LazyDetails({ summary, summaryClassName, summaryId, className, children }: { summary: ReactNode; summaryClassName: string; summaryId?: string; className?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary id={summaryId} className={summaryClassName}>
        {summary}
      </summary>
      {opened && children}
    </details>
  );
}
