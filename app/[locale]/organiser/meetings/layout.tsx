import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

export default function MeetingsLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages section="organiser/meetings">{children}</ConsoleMessages>;
}
