import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import "@/components/organiser/company-queue.css";
import { CompanyQueue } from "@/components/organiser/company-queue";
import { DecisionNotices } from "@/components/organiser/decision-notice";
import { CompanySearch } from "@/components/oversight/company-search";
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

// Each card carries the company's description and delegates: twenty made 172 kB.
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
        <CompanyQueue
          cards={rows.map(({ company, sectorCodes, delegates }) => ({
            id: company.id,
            name: company.name,
            status: company.status,
            country: countryName(company.country, locale),
            city: company.city,
            since: date.format(company.createdAt),
            sectors: sectorCodes.map(sectorName).join(" · "),
            description: company.description,
            reason: company.status === "rejected" ? company.rejectionReason : null,
            delegates: delegates.map((d) => [d.fullName, d.jobTitle, d.email]),
          }))}
          action={decideCompanyAction}
          timeZone={forum.timeZone}
          city={localized(forum.city, locale)}
          printLabel={tSearch("printSchedule")}
        />
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
