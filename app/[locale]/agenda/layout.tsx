import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function AgendaLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="agenda">{children}</ClientMessages>;
}
