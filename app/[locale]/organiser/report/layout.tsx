import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function ReportLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/report">{children}</ConsoleMessages>;
}
