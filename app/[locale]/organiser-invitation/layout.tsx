import type { ReactNode } from "react";
import { ConsoleMessages } from "@/components/layout/console-messages";

/** An invited organiser's first page: its form speaks with the console's words. */
export default function OrganiserInvitationLayout({ children }: { children: ReactNode }) {
  return <ConsoleMessages>{children}</ConsoleMessages>;
}
