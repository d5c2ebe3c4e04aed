import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { FigureList } from "@/components/oversight/figure-list";
import { Card } from "@/components/ui/card";
import { getCurrentForum, getForumOverview } from "@/db/forums";
import { getDashboardFigures } from "@/db/oversight";
import { requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "dashboard" });
  return { title: t("title") };
}

/** The forum at a glance: companies, requests and meetings, from five grouped counts. */
export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/dashboard");
  const [t, forum] = await Promise.all([getTranslations("dashboard"), getCurrentForum()]);
  if (!forum) return <p>{t("noForum")}</p>;
  const [figures, { sectors }] = await Promise.all([getDashboardFigures(forum.id), getForumOverview(forum.id)]);
  const booked = figures.meetings.scheduled + figures.meetings.held + figures.meetings.no_show;
  const bySector = sectors.map((s) => ({ label: localized(s.name, locale), value: figures.approvedBySector.find((r) => r.sectorId === s.id)?.n ?? 0 }));
  const byCountry = figures.approvedByCountry.map((r) => ({ label: countryName(r.country, locale), value: r.n }));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card aria-labelledby="companies-title">
        <h2 id="companies-title" className="text-lg font-semibold">
          {t("companies")}
        </h2>
        <FigureList
          locale={locale}
          figures={[
            { label: t("pending"), value: figures.companies.pending, href: "/organiser/companies?status=pending" },
            { label: t("approved"), value: figures.companies.approved, href: "/organiser/companies?status=approved" },
            { label: t("rejected"), value: figures.companies.rejected, href: "/organiser/companies?status=rejected" },
          ]}
        />
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <BarChart title={t("byCountry")} data={byCountry} locale={locale} labelHeading={t("country")} valueLabel={t("companiesCount")} showTable />
          <BarChart title={t("bySector")} data={bySector} locale={locale} labelHeading={t("sector")} valueLabel={t("companiesCount")} />
        </div>
      </Card>
      <Card aria-labelledby="requests-title">
        <h2 id="requests-title" className="text-lg font-semibold">
          {t("requests")}
        </h2>
        <BarChart
          title={t("requestsByStatus")}
          locale={locale}
          labelHeading={t("status")}
          valueLabel={t("requestsCount")}
          data={(["open", "accepted", "declined", "cancelled"] as const).map((s) => ({ label: t(`requestStatus.${s}`), value: figures.requests[s] }))}
          showTable
        />
      </Card>
      <Card aria-labelledby="meetings-title">
        <h2 id="meetings-title" className="text-lg font-semibold">
          {t("meetings")}
        </h2>
        <FigureList
          locale={locale}
          figures={[
            { label: t("booked"), value: booked, href: "/organiser/meetings" },
            { label: t("unplaced"), value: figures.unplaced },
            { label: t("cancelledMeetings"), value: figures.meetings.cancelled },
          ]}
        />
        <p className="mt-2 text-sm text-slate-700">{t("unplacedHint")}</p>
      </Card>
      <Link href="/organiser" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
        {t("back")}
      </Link>
    </div>
  );
}
