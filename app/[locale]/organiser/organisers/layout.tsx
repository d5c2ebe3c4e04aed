import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function OrganisersLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/organisers">{children}</ConsoleMessages>;
}
