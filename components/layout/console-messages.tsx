import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { consoleNamespaces, pickClientMessages } from "@/lib/i18n/client-messages";

/** The console's client strings for the browser, for the pages organisers (and those invited to be) use. */
export async function ConsoleMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickClientMessages(messages, consoleNamespaces)}>{children}</NextIntlClientProvider>;
}
