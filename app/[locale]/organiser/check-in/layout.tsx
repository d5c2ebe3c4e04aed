import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function CheckInLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/check-in">{children}</ConsoleMessages>;
}
