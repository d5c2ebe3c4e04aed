import { getTranslations } from "next-intl/server";
import { countOpenIncoming } from "@/db/requests";
import { Link } from "@/lib/i18n/navigation";

/**
 * The header's "Suggestions" and "Requests" links. The count of requests waiting for an answer
 * is one indexed query (meeting_requests_to_status_idx); it shows as a badge, and screen
 * readers hear the link as one phrase ("Requests, 2 waiting") rather than a bare number.
 */
export async function MeetingNavLinks({ locale, companyId, className }: { locale: string; companyId: string; className: string }) {
  const [t, waiting] = await Promise.all([getTranslations({ locale, namespace: "requests" }), countOpenIncoming(companyId)]);
  return (
    <>
      <Link href="/matches" className={className}>
        {t("navSuggestions")}
      </Link>
      <Link href="/requests" className={className}>
        {waiting > 0 ? (
          <>
            <span className="sr-only">{t("navRequestsWaiting", { count: waiting })}</span>
            <span aria-hidden="true" className="inline-flex items-center gap-1">
              {t("navRequests")}
              <span className="inline-flex min-w-6 items-center justify-center rounded-full bg-red-700 px-1.5 text-sm font-bold text-white">
                {new Intl.NumberFormat(locale).format(waiting)}
              </span>
            </span>
          </>
        ) : (
          t("navRequests")
        )}
      </Link>
    </>
  );
}
