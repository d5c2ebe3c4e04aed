import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function TablesLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/tables">{children}</ConsoleMessages>;
}
