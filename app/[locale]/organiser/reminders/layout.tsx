import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function RemindersLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/reminders">{children}</ConsoleMessages>;
}
