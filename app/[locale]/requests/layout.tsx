import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function RequestsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="requests">{children}</ClientMessages>;
}
