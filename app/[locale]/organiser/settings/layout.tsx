import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/settings">{children}</ConsoleMessages>;
}
