import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function CompaniesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="companies">{children}</ClientMessages>;
}
