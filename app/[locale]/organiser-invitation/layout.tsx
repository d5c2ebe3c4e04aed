import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { consoleNamespaces, pickClientMessages } from "@/lib/i18n/client-messages";

/** An invited organiser's first page: its form speaks with the console's words. */
export default async function OrganiserInvitationLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickClientMessages(messages, consoleNamespaces)}>{children}</NextIntlClientProvider>;
}
