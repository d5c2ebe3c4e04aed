import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickClientMessages, sectionNamespaces, type Section } from "@/lib/i18n/client-messages";

/** The client strings one part of the site sends the browser with its pages, and no others. */
export async function ClientMessages({ section, children }: { section: Section; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickClientMessages(messages, sectionNamespaces[section])}>{children}</NextIntlClientProvider>;
}
