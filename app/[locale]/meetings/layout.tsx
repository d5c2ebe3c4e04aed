import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function MeetingsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="meetings">{children}</ClientMessages>;
}
