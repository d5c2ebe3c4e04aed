import type { Locale } from "@/lib/i18n/routing";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where people reach the app, for links in e-mails, which are written without a request to
 * read a host from (jobs, the worker): PUBLIC_URL, else AUTH_URL, else this machine's port.
 */
export function publicOrigin(env: Env = process.env): string {
  for (const value of [env.PUBLIC_URL, env.AUTH_URL]) {
    if (!value) continue;
    try {
      return new URL(value).origin;
    } catch {
      // A malformed setting is passed over rather than written into every e-mail.
    }
  }
  return `http://localhost:${env.PORT ?? "3000"}`;
}

/** A page of the app in the reader's language, e.g. https://…/ar/schedule. */
export function pageLink(locale: Locale, path: `/${string}`, env: Env = process.env): string {
  return `${publicOrigin(env)}/${locale}${path}`;
}
