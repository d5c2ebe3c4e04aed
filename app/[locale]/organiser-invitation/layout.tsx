import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** An invited organiser's first page: its form speaks with the console's words. */
export default function OrganiserInvitationLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="organiser-invitation">{children}</ClientMessages>;
}
