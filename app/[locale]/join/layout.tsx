import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function JoinLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="join">{children}</ClientMessages>;
}
