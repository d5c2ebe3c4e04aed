import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SuggestionCard } from "@/components/matching/suggestion-card";
import { CompanyRequired, companyRequiredReason } from "@/components/requests/company-required";
import { Pagination } from "@/components/ui/pagination";
import { listForumSectors } from "@/db/companies";
import { requireUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { suggestPartners, type SuggestionPage } from "@/lib/matching/suggest";
import { matchesQuerySchema, suggestionsPageSize as pageSize } from "@/lib/schemas/matching";
import { sendMeetingRequestAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "matches" });
  return { title: t("title") };
}

export default async function MatchesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/matches");
  const t = await getTranslations("matches");
  const { page: asked } = matchesQuerySchema.parse(await searchParams);

  let result: SuggestionPage;
  try {
    result = await suggestPartners(user, { limit: pageSize, offset: (asked - 1) * pageSize });
  } catch (error) {
    const reason = companyRequiredReason(error);
    if (!reason) throw error;
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <CompanyRequired reason={reason} />
      </div>
    );
  }

  const pageCount = Math.max(1, Math.ceil(result.total / pageSize));
  // A page past the end (an old link) shows the last page rather than nothing.
  const page = Math.min(asked, pageCount);
  if (page !== asked) result = await suggestPartners(user, { limit: pageSize, offset: (page - 1) * pageSize });
  const sectors = await listForumSectors(result.forumId);
  const sectorName = (code: string) => localized(sectors.find((s) => s.code === code)?.name, locale) || code;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { count: result.total })}</p>
      {user.languages.length === 0 && (
        <p className="rounded-lg border border-amber-400 bg-amber-50 p-3">
          {t("noLanguages")}{" "}
          <Link href="/profile#delegate-title" className="font-semibold text-emerald-900 underline">
            {t("noLanguagesLink")}
          </Link>
        </p>
      )}
      {result.suggestions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol start={(page - 1) * pageSize + 1} className="flex flex-col gap-4">
          {result.suggestions.map((suggestion) => (
            <li key={suggestion.company.id}>
              <SuggestionCard suggestion={suggestion} locale={locale} sectorName={sectorName} action={sendMeetingRequestAction} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => `/matches?page=${p}`}
        labels={{ nav: t("pages"), previous: t("previous"), next: t("next"), status: t("pageOf", { page, pageCount }) }}
      />
    </div>
  );
}
