import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function AgendaLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/agenda">{children}</ConsoleMessages>;
}
