import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Only picks and carries the locale; every page and action checks its own rights.
export default createMiddleware(routing);

export const config = {
  // /photos/{userId} and /calendar/... (app/photos, app/calendar) are served outside the locale prefix.
  matcher: ["/((?!api|photos|calendar|_next|_vercel|.*\\..*).*)"],
};
