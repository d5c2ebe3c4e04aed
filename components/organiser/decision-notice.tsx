"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

const Announce = createContext<(text: string) => void>(() => {});

/**
 * Where a decision on a company is confirmed: above the list, not in the company's card,
 * which leaves the list with the decision and would take its confirmation with it.
 */
export function DecisionNotices({ children }: { children: ReactNode }) {
  const [text, setText] = useState("");
  return (
    <Announce.Provider value={setText}>
      <p role="status" className={text ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900" : "sr-only"}>
        {text}
      </p>
      {children}
    </Announce.Provider>
  );
}

export const useDecisionNotice = () => useContext(Announce);
