import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { locales, type Locale } from "./routing";

/**
 * The forum's language that best answers an Accept-Language header (`ar-DZ` gets Arabic,
 * `ru;q=0.9, en;q=0.8` Russian), or `fallback` when none is asked for or none fits.
 */
export function localeFromAcceptLanguage(header: string | null, fallback: Locale): Locale {
  if (!header) return fallback;
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages();
  try {
    return match(requested, locales as unknown as string[], fallback) as Locale;
  } catch {
    // A malformed tag (a client's typo) is no reason to fail the answer.
    return fallback;
  }
}
