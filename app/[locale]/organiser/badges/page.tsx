import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BadgeQr } from "@/components/dayof/badge-qr";
import { PrintButton } from "@/components/dayof/print-button";
import { Pagination } from "@/components/ui/pagination";
import { badgeSheetHolders, badgeSheetLetters } from "@/db/badges";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { badgeCodesFor } from "@/lib/badges/badges";
import { Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import "@/components/dayof/dayof.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "badgeSheet" });
  return { title: t("title") };
}

// Six A4 sheets of eight badges a page keeps the page light enough to print from a laptop.
const perPage = 48;

const letterClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-slate-400 font-semibold";

/** Badges to print, one page per initial of the company's name, eight to an A4 sheet. */
export default async function BadgeSheetPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ letter?: string; page?: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/badges");
  const [t, forum, query] = await Promise.all([getTranslations("badgeSheet"), getCurrentForum(), searchParams]);
  if (!forum) return <h1 className="text-2xl font-bold">{t("title")}</h1>;
  const letters = await badgeSheetLetters(forum.id);
  const letter = letters.includes(query.letter ?? "") ? query.letter! : letters[0];
  const pageCount = (total: number) => Math.max(1, Math.ceil(total / perPage));
  const requested = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const { rows: holders, total } = letter ? await badgeSheetHolders(forum.id, letter, { limit: perPage, offset: (requested - 1) * perPage }) : { rows: [], total: 0 };
  const pages = pageCount(total);
  const page = Math.min(requested, pages);
  const codes = await badgeCodesFor(forum.id, holders.map((h) => h.userId));
  const forumName = localized(forum.name, locale);
  return (
    <div className="print-page flex flex-col gap-4">
      <div className="no-print flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <nav aria-label={t("letters")}>
          <ul className="flex flex-wrap gap-2">
            {letters.map((l) => (
              <li key={l}>
                <Link
                  href={`/organiser/badges?letter=${encodeURIComponent(l)}`}
                  aria-current={l === letter ? "page" : undefined}
                  aria-label={t("letterLink", { letter: l })}
                  className={`${letterClass} ${l === letter ? "bg-emerald-800 text-white" : "bg-white text-emerald-950"}`}
                >
                  {l}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t("count", { count: total, letter: letter ?? "" })}</p>
        {letter && (
          <Pagination
            page={page}
            pageCount={pages}
            hrefFor={(p) => `/organiser/badges?letter=${encodeURIComponent(letter)}&page=${p}`}
            labels={{ nav: t("pages"), previous: t("previous"), next: t("next"), status: t("pageStatus", { page, pages }) }}
          />
        )}
        <PrintButton label={t("print")} />
      </div>
      <h2 className="sr-only">{t("sheetTitle", { letter: letter ?? "" })}</h2>
      <ul className="badge-sheet">
        {holders.map((h) => (
          <li key={h.userId} className="badge-card">
            <BadgeQr code={codes.get(h.userId)!} label={t("qrLabel", { name: h.fullName })} size={120} />
            <div className="flex min-w-0 flex-col gap-1 text-start">
              <p className="text-xs text-slate-700">{forumName}</p>
              <p className="text-lg font-bold">
                <bdi>{h.fullName}</bdi>
              </p>
              {h.jobTitle && (
                <p className="text-sm">
                  <bdi>{h.jobTitle}</bdi>
                </p>
              )}
              <p className="font-semibold">
                <bdi>{h.companyName}</bdi>
              </p>
              <p className="text-sm">{countryName(h.country, locale)}</p>
              <p className="font-mono text-xs" dir="ltr">
                {codes.get(h.userId)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
