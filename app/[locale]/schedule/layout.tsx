import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function ScheduleLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="schedule">{children}</ClientMessages>;
}
