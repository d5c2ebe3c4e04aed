import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function MatchesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="matches">{children}</ClientMessages>;
}
