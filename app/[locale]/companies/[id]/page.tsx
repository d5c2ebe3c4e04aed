import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { DelegateCard } from "@/components/directory/delegate-card";
import { RequestMeeting } from "@/components/matching/request-meeting";
import { Card } from "@/components/ui/card";
import { sendMeetingRequestAction } from "@/app/[locale]/matches/actions";
import { findCompanyPage } from "@/db/company-page";
import { CompanyRequired } from "@/components/requests/company-required";
import { directoryRefusal } from "@/lib/companies/directory-access";
import { getCurrentForum } from "@/db/forums";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: string; id: string }>;

/**
 * The company as this viewer may see it, or why the directory is closed to them: once per
 * request for the page and its title (a refused viewer does not even get its name).
 */
const loadCompany = cache(async (id: string) => {
  const [user, forum] = await Promise.all([getCurrentUser(), getCurrentForum()]);
  const refusal = user ? await directoryRefusal(user, undefined, id) : null;
  const company = user && forum && !refusal ? await findCompanyPage(forum.id, id, user) : null;
  return { refusal, company };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const { company } = await loadCompany(id);
  const t = await getTranslations({ locale: locale as Locale, namespace: "directory" });
  return { title: company?.name ?? t("title") };
}

function safeWebsite(url: string | null): URL | null {
  try {
    const parsed = url ? new URL(url) : null;
    return parsed && (parsed.protocol === "https:" || parsed.protocol === "http:") ? parsed : null;
  } catch {
    return null;
  }
}

export default async function CompanyPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireUser(locale, `/companies/${encodeURIComponent(id)}`);
  const { refusal, company } = await loadCompany(id);
  if (refusal) {
    const t = await getTranslations("directory");
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <CompanyRequired reason={refusal} about="directoryAccess" />
      </div>
    );
  }
  // Unknown, another forum's, or not approved and not the viewer's own: the same 404.
  if (!company) notFound();
  const [t, td] = await Promise.all([getTranslations("company"), getTranslations("directory")]);

  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const languageNames = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const languageName = (code: string) => {
    try {
      return languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const website = safeWebsite(company.website);
  const facts: { label: string; value: ReactNode }[] = [
    { label: t("country"), value: countryName(company.country, locale) },
    { label: t("city"), value: <bdi>{company.city}</bdi> },
    { label: t("sectors"), value: company.sectors.length ? list.format(company.sectors.map((s) => localized(s.name, locale) || s.code)) : t("notStated") },
    { label: t("size"), value: company.size ? t(`sizes.${company.size}`) : t("notStated") },
    {
      label: t("lookingFor"),
      value: company.lookingFor.length ? list.format(company.lookingFor.map((v) => td(`lookingForOptions.${v}` as never))) : t("notStated"),
    },
    {
      label: t("website"),
      value: website ? (
        <a href={website.toString()} rel="noopener noreferrer nofollow" className="font-semibold text-emerald-900 underline" dir="ltr">
          {website.host}
        </a>
      ) : (
        t("notStated")
      ),
    },
  ];

  return (
    <article aria-labelledby="company-name" className="flex flex-col gap-4">
      <Link href="/companies" className="inline-flex min-h-11 items-center self-start font-semibold text-emerald-900 underline">
        {t("backToDirectory")}
      </Link>
      <header>
        <h1 id="company-name" className="text-2xl font-bold">
          <bdi>{company.name}</bdi>
        </h1>
        <p className="text-slate-700">
          <bdi>{company.city}</bdi> · {countryName(company.country, locale)}
        </p>
      </header>
      {company.status !== "approved" && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950">{t(`status.${company.status}`)}</p>
      )}
      {company.status === "approved" && <RequestMeeting companyId={company.id} companyName={company.name} action={sendMeetingRequestAction} />}
      <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <Card aria-labelledby="company-about">
            <h2 id="company-about" className="text-xl font-bold">
              {t("about")}
            </h2>
            <p dir="auto" className="mt-2 whitespace-pre-line text-start">
              {company.description || t("noItems")}
            </p>
          </Card>
          <div className="grid gap-4 sm:grid-cols-2">
            {(["offers", "needs"] as const).map((kind) => (
              <Card key={kind} aria-labelledby={`company-${kind}`}>
                <h2 id={`company-${kind}`} className="text-xl font-bold">
                  {t(kind)}
                </h2>
                {company[kind].length ? (
                  <ul className="mt-2 list-disc">
                    {company[kind].map((text, index) => (
                      <li key={index} dir="auto" className="ms-5 text-start">
                        {text}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-2 text-slate-700">{t("noItems")}</p>
                )}
              </Card>
            ))}
          </div>
        </div>
        <Card aria-labelledby="company-facts">
          <h2 id="company-facts" className="text-xl font-bold">
            {t("facts")}
          </h2>
          <dl className="mt-2 flex flex-col gap-2">
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt className="text-sm text-slate-700">{fact.label}</dt>
                <dd className="font-medium">{fact.value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <Card aria-labelledby="company-delegates">
        <h2 id="company-delegates" className="text-xl font-bold">
          {t("delegates")}
        </h2>
        {company.delegates.length ? (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {company.delegates.map((delegate) => (
              <li key={delegate.id}>
                <DelegateCard
                  delegate={delegate}
                  photoAlt={t("photoOf", { name: delegate.fullName })}
                  languages={delegate.languages.length ? t("languages", { list: list.format(delegate.languages.map(languageName)) }) : ""}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("noDelegates")}</p>
        )}
      </Card>
    </article>
  );
}
