import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { serveCachedPage } from "@/lib/page-cache/cached-pages";

const intl = createMiddleware(routing);

// Picks and carries the locale, and serves "my schedule" from the page cache when it can;
// every page and action checks its own rights.
export default async function proxy(request: NextRequest) {
  const cached = await serveCachedPage(request);
  const routed = intl(request);
  if (!cached) return routed;
  // The locale cookie the app's own answer would have set.
  for (const cookie of routed.headers.getSetCookie()) cached.headers.append("set-cookie", cookie);
  return cached;
}

export const config = {
  // /photos/{userId} and /calendar/... (app/photos, app/calendar) are served outside the locale prefix.
  matcher: ["/((?!api|photos|calendar|_next|_vercel|.*\\..*).*)"],
};
