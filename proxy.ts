import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { serveCachedPage } from "@/lib/page-cache/cached-pages";

const intl = createMiddleware(routing);
const localeCookie = "NEXT_LOCALE";

// Picks and carries the locale, and serves "my schedule" from the page cache when it can;
// every page and action checks its own rights.
export default async function proxy(request: NextRequest) {
  const cached = await serveCachedPage(request);
  if (!cached) return intl(request);
  // The locale cookie the app's own answer would have set; next-intl sets none when the
  // cookie already names the page's locale, the usual case, so it is not asked then.
  const pageLocale = request.nextUrl.pathname.split("/")[1];
  if (request.cookies.get(localeCookie)?.value !== pageLocale) {
    for (const cookie of intl(request).headers.getSetCookie()) cached.headers.append("set-cookie", cookie);
  }
  return cached;
}

export const config = {
  // /photos/{userId} and /calendar/... (app/photos, app/calendar) are served outside the locale prefix.
  matcher: ["/((?!api|photos|calendar|_next|_vercel|.*\\..*).*)"],
};
