import { getTranslations } from "next-intl/server";
import { findRequestParty, requestPartners } from "@/db/requests";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { RequestMeetingForm, type SendRequestAction } from "./request-meeting-form";

const linkClass = "inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4";

/**
 * "Request a meeting" for a company page. Shows the form only where it can succeed (a delegate
 * of another approved company, no live request between the two); otherwise says why not.
 * The rules themselves are checked again by sendRequest when the form is sent.
 */
export async function RequestMeeting({ companyId, companyName, action }: { companyId: string; companyName: string; action: SendRequestAction }) {
  const user = await getCurrentUser();
  if (user?.role !== "participant" || !user.companyId || user.companyId === companyId) return null;
  const t = await getTranslations("requestMeeting");
  const [own, partners] = await Promise.all([findRequestParty(user.companyId), requestPartners(user.companyId)]);

  let body;
  if (own?.status !== "approved") {
    body = (
      <p>
        {t("notApproved")}{" "}
        <Link href="/profile" className={linkClass}>
          {t("profileLink")}
        </Link>
      </p>
    );
  } else if (partners.inTouch.has(companyId)) {
    body = (
      <p>
        {t("inTouch")}{" "}
        <Link href="/requests" className={linkClass}>
          {t("seeRequests")}
        </Link>
      </p>
    );
  } else {
    body = <RequestMeetingForm action={action} companyId={companyId} companyName={companyName} />;
  }
  return (
    <section aria-labelledby="request-meeting-title" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="request-meeting-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      {body}
    </section>
  );
}
