import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import type { Section } from "@/lib/i18n/client-messages";
import { ClientMessages } from "./client-messages";

/**
 * One part of the console's client strings, sent to organisers only: the pages refuse anyone
 * else themselves, and the refusal needs none of them.
 */
export async function ConsoleMessages({ section, children }: { section: Section; children: ReactNode }) {
  const user = await getCurrentUser();
  if (user?.role !== "organiser") return children;
  return <ClientMessages section={section}>{children}</ClientMessages>;
}
