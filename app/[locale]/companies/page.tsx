import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CompanyCard } from "@/components/directory/company-card";
import { DirectorySearchForm, type DirectoryFilter } from "@/components/directory/search-form";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { searchDirectory, type FacetCount } from "@/db/directory";
import { CompanyRequired } from "@/components/requests/company-required";
import { directoryRefusal } from "@/lib/companies/directory-access";
import { getCurrentForum } from "@/db/forums";
import { lookingForOptions } from "@/db/schema";
import { requireUser } from "@/lib/auth/session";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { DIRECTORY_PAGE_SIZE, DIRECTORY_QUERY_MAX, directoryQuerySchema, directorySearchParams, type DirectoryQuery } from "@/lib/schemas/directory";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "directory" });
  return { title: t("title") };
}

/** The directory's address for a query, without defaults, so a shared link stays short. */
function directoryHref(query: Partial<DirectoryQuery>): string {
  const search = directorySearchParams(query).toString();
  return search ? `/companies?${search}` : "/companies";
}

export default async function DirectoryPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const parsed = directoryQuerySchema.safeParse(raw);
  const user = await requireUser(locale, parsed.success ? directoryHref(parsed.data) : "/companies");
  const [t, forum, refusal] = await Promise.all([getTranslations("directory"), getCurrentForum(), directoryRefusal(user)]);
  if (!forum) notFound();
  if (refusal) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <CompanyRequired reason={refusal} about="directoryAccess" />
      </div>
    );
  }

  // A query the schema refuses is shown back with its errors, and nothing is searched.
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= t(`errors.${issue.message}` as never);
  }
  const query: DirectoryQuery = parsed.success
    ? parsed.data
    : { q: typeof raw.q === "string" ? raw.q.slice(0, DIRECTORY_QUERY_MAX) : "", country: [], sector: [], lookingFor: [], page: 1, pageSize: DIRECTORY_PAGE_SIZE };
  const result = parsed.success ? await searchDirectory(forum.id, query) : null;

  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const countOf = (facet: FacetCount[] | undefined, value: string) => facet?.find((f) => f.value === value)?.count ?? 0;
  const option = (value: string, label: string, facet: FacetCount[] | undefined) => ({
    value,
    label: t("optionCount", { label, count: number.format(countOf(facet, value)) }),
  });
  const sectorFacet = result?.facets.sector ?? [];
  const sectorName = (code: string) => localized(sectorFacet.find((s) => s.value === code)?.name, locale) || code;
  const lookingForName = (value: string) => t(`lookingForOptions.${value}` as never);
  const countries = [...new Set([forum.countryA, forum.countryB, ...(result?.facets.country.map((f) => f.value) ?? [])])];
  const filters: DirectoryFilter[] = [
    {
      name: "country",
      label: t("country"),
      anyLabel: t("anyCountry"),
      options: countries.map((c) => option(c, countryName(c, locale), result?.facets.country)),
      value: query.country[0] ?? "",
      error: errors.country,
    },
    {
      name: "sector",
      label: t("sector"),
      anyLabel: t("anySector"),
      options: sectorFacet.map((s) => option(s.value, sectorName(s.value), sectorFacet)),
      value: query.sector[0] ?? "",
      error: errors.sector,
    },
    {
      name: "lookingFor",
      label: t("lookingFor"),
      anyLabel: t("anyLookingFor"),
      options: lookingForOptions.map((v) => option(v, lookingForName(v), result?.facets.lookingFor)),
      value: query.lookingFor[0] ?? "",
      error: errors.lookingFor,
    },
  ];
  const pageStatus = result ? t("pageOf", { page: number.format(result.page), pageCount: number.format(result.pageCount) }) : "";

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <DirectorySearchForm
        action={getPathname({ href: "/companies", locale })}
        q={query.q}
        qError={errors.q}
        filters={filters}
        labels={{
          search: t("searchLabel"),
          hint: t("searchHint"),
          submit: t("searchButton"),
          filters: t("filters"),
          apply: t("applyFilters"),
          clear: t("clear"),
        }}
      />
      {!result && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900">
          {t("invalidQuery", { message: Object.values(errors).join(" ") })}
        </p>
      )}
      {result && (
        <section aria-labelledby="directory-results" className="flex flex-col gap-4">
          <h2 id="directory-results" className="text-lg font-semibold">
            <bdi>{query.q ? t("resultsFor", { count: result.total, q: query.q }) : t("results", { count: result.total })}</bdi>
            {result.pageCount > 1 && <span className="ms-2 text-base font-normal text-slate-700">· {pageStatus}</span>}
          </h2>
          {result.total === 0 && (
            <Card>
              <p className="text-lg font-semibold">{t("emptyTitle")}</p>
              <p className="mt-2">{t("emptyBody")}</p>
            </Card>
          )}
          {result.total > 0 && result.companies.length === 0 && (
            <Card>
              <p>{t("pageEmpty")}</p>
              <Link href={directoryHref({ ...query, page: 1 })} className="mt-2 inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
                {t("firstPage")}
              </Link>
            </Card>
          )}
          {result.companies.length > 0 && (
            <>
              <ol className="flex flex-col gap-3">
                {result.companies.map((company) => (
                  <li key={company.id}>
                    <CompanyCard
                      company={company}
                      country={countryName(company.country, locale)}
                      sectors={company.sectorCodes.length ? t("sectorsList", { list: list.format(company.sectorCodes.map(sectorName)) }) : ""}
                      lookingFor={company.lookingFor.length ? t("lookingForList", { list: list.format(company.lookingFor.map(lookingForName)) }) : ""}
                    />
                  </li>
                ))}
              </ol>
              <Pagination
                page={result.page}
                pageCount={result.pageCount}
                hrefFor={(page) => directoryHref({ ...query, page })}
                labels={{ nav: t("pages"), previous: t("previous"), next: t("next"), status: pageStatus }}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
