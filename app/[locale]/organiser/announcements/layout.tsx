import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function AnnouncementsLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/announcements">{children}</ConsoleMessages>;
}
