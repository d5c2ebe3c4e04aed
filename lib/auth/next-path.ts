import { isLocale } from "@/lib/i18n/routing";

/**
 * Where to go after signing in: only a path inside this app (never another origin),
 * prefixed with the locale.
 */
export function safeNextPath(next: string | undefined, locale: string | undefined, fallback: string): string {
  const prefix = `/${isLocale(locale) ? locale : "fr"}`;
  if (next && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next)) {
    const [, first] = next.split("/");
    return isLocale(first) ? next : `${prefix}${next}`;
  }
  return fallback === "/" ? prefix : `${prefix}${fallback}`;
}
