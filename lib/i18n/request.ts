import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { getForumTimeZone } from "@/db/forums";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Every time is shown in the forum's zone, never the device's.
    timeZone: await getForumTimeZone(),
  };
});
