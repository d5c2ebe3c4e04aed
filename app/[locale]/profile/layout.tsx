import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function ProfileLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="profile">{children}</ClientMessages>;
}
