import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { ConsoleNav } from "@/components/organiser/console-nav";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The console's frame. Each page refuses non-organisers itself (with the right status and
 * sign-in target); the layout only keeps the console's links, and the console's strings for
 * the browser, from anyone else.
 */
export default async function OrganiserLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user?.role !== "organiser") return children;
  return (
    <ClientMessages section="organiser">
      <div className="flex flex-col gap-4">
        <ConsoleNav />
        {children}
      </div>
    </ClientMessages>
  );
}
