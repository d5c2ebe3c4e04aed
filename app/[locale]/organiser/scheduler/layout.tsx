import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function SchedulerLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/scheduler">{children}</ConsoleMessages>;
}
