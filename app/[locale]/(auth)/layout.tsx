import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="(auth)">{children}</ClientMessages>;
}
