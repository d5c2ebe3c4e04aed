import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Only picks and carries the locale; every page and action checks its own rights.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
