import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyRequired } from "@/components/requests/company-required";
import { RequestItem, type RequestView } from "@/components/requests/request-item";
import { getCurrentForum } from "@/db/forums";
import { requestsWithLiveMeeting } from "@/db/meetings";
import { deadlinesOf } from "@/db/request-expiry";
import { findRequestParty, listRequestsOfCompany } from "@/db/requests";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { zoneLabel } from "@/lib/time";
import { answerRequestAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "requests" });
  return { title: t("title") };
}

export default async function RequestsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/requests");
  const [t, forum, company] = await Promise.all([
    getTranslations("requests"),
    getCurrentForum(),
    user.companyId ? findRequestParty(user.companyId) : null,
  ]);
  if (!company || !forum) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <CompanyRequired reason="noCompany" />
      </div>
    );
  }

  // A company awaiting approval has no requests yet, but may still see the ones it had.
  const items = await listRequestsOfCompany(company.id);
  const open = items.filter((i) => i.request.status === "open").map((i) => i.request.id);
  const accepted = items.filter((i) => i.request.status === "accepted").map((i) => i.request.id);
  const [deadlines, booked] = await Promise.all([deadlinesOf(open), requestsWithLiveMeeting(accepted)]);
  const views: RequestView[] = items.map((item) => ({
    item,
    side: item.request.toCompanyId === company.id ? "incoming" : "sent",
    deadline: deadlines.get(item.request.id),
    booked: booked.has(item.request.id),
  }));
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const sections = [
    { key: "incoming", views: views.filter((v) => v.side === "incoming") },
    { key: "sent", views: views.filter((v) => v.side === "sent") },
  ] as const;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("timeZone", { zone })}</p>
      </div>
      {company.status !== "approved" && <CompanyRequired reason="companyNotApproved" />}
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`${section.key}-title`} className="flex flex-col gap-3">
          <h2 id={`${section.key}-title`} className="text-xl font-bold">
            {t(section.key)}
          </h2>
          {section.views.length === 0 ? (
            <p>
              {t(section.key === "incoming" ? "emptyIncoming" : "emptySent")}{" "}
              {section.key === "sent" && company.status === "approved" && (
                <Link href="/matches" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4">
                  {t("suggestionsLink")}
                </Link>
              )}
            </p>
          ) : (
            <ul className="flex flex-col gap-3">
              {section.views.map((view) => (
                <li key={view.item.request.id}>
                  <RequestItem view={view} locale={locale} timeZone={forum.timeZone} zone={zone} action={answerRequestAction} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
