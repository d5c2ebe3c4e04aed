import { isLocale, type Locale } from "@/lib/i18n/routing";

/** The language of a calendar file: the page's (?locale=), else the user's own, else French. */
export function calendarLocale(request: Request, userLocale: string | null | undefined): Locale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (isLocale(asked)) return asked;
  return isLocale(userLocale) ? userLocale : "fr";
}
