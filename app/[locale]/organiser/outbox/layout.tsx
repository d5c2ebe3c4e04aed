import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function OutboxLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/outbox">{children}</ConsoleMessages>;
}
