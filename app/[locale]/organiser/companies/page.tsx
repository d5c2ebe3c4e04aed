import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyDecision } from "@/components/organiser/company-decision";
import { DecisionNotices } from "@/components/organiser/decision-notice";
import { CompanySearch } from "@/components/oversight/company-search";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { listCompaniesByStatus } from "@/db/approvals";
import { getCurrentForum, getForumOverview } from "@/db/forums";
import { companyStatuses } from "@/db/schema";
import { requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { companyQueueQuerySchema } from "@/lib/schemas/approvals";
import { decideCompanyAction } from "./actions";

// Each card carries the company's description, delegates and its decision forms: twenty made 172 kB.
const pageSize = 10;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "approvals" });
  return { title: t("title") };
}

export default async function CompanyQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/companies");
  const { status, page, q } = companyQueueQuerySchema.parse(await searchParams);
  const [t, tSearch, forum] = await Promise.all([getTranslations("approvals"), getTranslations("companySearch"), getCurrentForum()]);
  if (!forum) return null;
  const [{ rows, total, byStatus }, { sectors }] = await Promise.all([
    listCompaniesByStatus(forum.id, status, page, pageSize, q),
    getForumOverview(forum.id),
  ]);
  const sectorName = (code: string) => localized(sectors.find((s) => s.code === code)?.name, locale);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const query = (s: string, p?: number) => `/organiser/companies?${new URLSearchParams({ status: s, ...(q ? { q } : {}), ...(p ? { page: String(p) } : {}) })}`;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: forum.timeZone });

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CompanySearch status={status} q={q ?? ""} />
      <nav aria-label={t("statusNav")}>
        <ul className="flex flex-wrap gap-2">
          {companyStatuses.map((s) => (
            <li key={s}>
              <Link
                href={query(s)}
                aria-current={s === status ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-full border border-slate-400 px-4 font-medium aria-[current=page]:border-emerald-900 aria-[current=page]:bg-emerald-900 aria-[current=page]:text-white"
              >
                {t(`status.${s}`, { count: byStatus[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DecisionNotices>
        {rows.length === 0 && <p>{q ? tSearch("noMatch", { q }) : t(`empty.${status}`)}</p>}
        <ul className="flex flex-col gap-4">
          {rows.map(({ company, sectorCodes, delegates }) => (
            <li key={company.id}>
              <Card aria-labelledby={`company-${company.id}`}>
                <h2 id={`company-${company.id}`} dir="auto" className="text-start text-lg font-bold">
                  <Link href={`/companies/${company.id}`} className="text-emerald-900 underline">
                    {company.name}
                  </Link>
                </h2>
                <p className="text-slate-700">
                  {countryName(company.country, locale)} · <bdi>{company.city}</bdi> · {t("since", { date: date.format(company.createdAt) })}
                </p>
                <p className="mt-1 text-sm">{sectorCodes.map(sectorName).join(" · ")}</p>
                <p dir="auto" className="mt-2 line-clamp-3 text-start">
                  {company.description}
                </p>
                {company.rejectionReason && company.status === "rejected" && (
                  <p className="mt-2 text-sm">
                    <span className="font-semibold">{t("reasonGiven")}</span> {company.rejectionReason}
                  </p>
                )}
                <h3 className="mt-3 font-semibold">{t("delegates")}</h3>
                <ul className="text-sm">
                  {delegates.map((d) => (
                    <li key={d.email}>
                      <bdi>{d.fullName}</bdi>
                      {d.jobTitle ? <>, <bdi>{d.jobTitle}</bdi></> : null} — <bdi dir="ltr">{d.email}</bdi>
                    </li>
                  ))}
                </ul>
                {company.status === "approved" && (
                  <Link href={`/organiser/print/companies/${company.id}`} className="mt-2 inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
                    {tSearch("printSchedule")}
                  </Link>
                )}
                <div className="mt-4">
                  <CompanyDecision
                    action={decideCompanyAction}
                    companyId={company.id}
                    companyName={company.name}
                    status={company.status}
                    canApprove={company.status !== "approved"}
                    canReject={company.status !== "rejected"}
                    timeZone={forum.timeZone}
                    city={localized(forum.city, locale)}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      </DecisionNotices>
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => query(status, p)}
        labels={{ nav: t("pages"), previous: t("previous"), next: t("next"), status: t("pageOf", { page, pageCount }) }}
      />
    </div>
  );
}
