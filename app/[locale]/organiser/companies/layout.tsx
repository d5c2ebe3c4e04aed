import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function CompaniesLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/companies">{children}</ConsoleMessages>;
}
