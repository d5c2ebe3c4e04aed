import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { GoalForm } from "@/components/dayof/goal-form";
import { PrintButton } from "@/components/dayof/print-button";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { outcomeKinds } from "@/lib/outcomes/kinds";
import { loadReport } from "@/lib/report/report";
import { setForumGoalAction } from "./actions";
import "@/components/dayof/dayof.css";
import { ScrollBox } from "@/components/ui/scroll-box";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "report" });
  return { title: t("title") };
}

function sumBy<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => number) {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + value(row));
  return totals;
}

/** The forum in figures: meetings, attendance, outcomes, deals against the goal; printable and exportable. */
export default async function ReportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireOrganiser(locale, "/organiser/report");
  const [t, tOutcomes, forum] = await Promise.all([getTranslations("report"), getTranslations("outcomes"), getCurrentForum()]);
  if (!forum) return <h1 className="text-2xl font-bold">{t("title")}</h1>;
  const report = await loadReport(user, forum.id);
  const number = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: report.goal.currency, maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const { counts, value, goal } = report;
  const booked = (counts.meetings.scheduled ?? 0) + (counts.meetings.held ?? 0) + (counts.meetings.no_show ?? 0);
  const figures = [
    { label: t("requested"), value: counts.requested },
    { label: t("accepted"), value: counts.accepted },
    { label: t("booked"), value: booked },
    { label: t("held"), value: counts.meetings.held ?? 0 },
    { label: t("noShows"), value: counts.meetings.no_show ?? 0 },
    { label: t("checkedIn"), value: counts.checkedIn },
  ];
  const sectorNames = new Map(report.bySector.map((r) => [r.sectorId, localized(r.name, locale)]));
  const sectorTotals = sumBy(report.bySector, (r) => r.sectorId, (r) => r.count);
  const pairLabel = (own: string, partner: string) => t("pair", { own: countryName(own, locale), partner: countryName(partner, locale) });
  const pairTotals = sumBy(report.byPair, (r) => `${r.own}|${r.partner}`, (r) => r.count);
  const outcomeWords = { locale, valueLabel: t("outcomesCount"), kindLabel: (k: string) => tOutcomes(`kinds.${k}`), number, empty: t("noOutcomesYet") };
  const reached = value.signed + value.pipeline;
  const share = Math.min(1, reached / goal.dealValueGoal);

  return (
    <div className="print-page flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="no-print flex flex-wrap gap-2">
          <PrintButton label={t("print")} />
          <a href={`/${locale}/organiser/report/csv`} download className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-semibold text-emerald-950 underline">
            {t("exportCsv")}
          </a>
        </div>
      </div>
      <p className="text-slate-700">{localized(forum.name, locale)}</p>

      <Card aria-labelledby="figures-title" className="report-section">
        <h2 id="figures-title" className="text-lg font-semibold">
          {t("figures")}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
          {figures.map((f) => (
            <div key={f.label} className="rounded-lg bg-slate-100 p-3">
              <dt className="text-sm text-slate-700">{f.label}</dt>
              <dd className="text-2xl font-bold">{number.format(f.value)}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card aria-labelledby="value-title" className="report-section flex flex-col gap-3">
        <h2 id="value-title" className="text-lg font-semibold">
          {t("valueTitle")}
        </h2>
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-slate-700">{t("signed")}</dt>
            <dd className="text-xl font-bold">
              <bdi dir="ltr">{money.format(value.signed)}</bdi>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{t("pipeline")}</dt>
            <dd className="text-xl font-bold">
              <bdi dir="ltr">{money.format(value.pipeline)}</bdi>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">{goal.isSet ? t("goal") : t("goalDefault")}</dt>
            <dd className="text-xl font-bold">
              <bdi dir="ltr">{money.format(goal.dealValueGoal)}</bdi>
            </dd>
          </div>
        </dl>
        <label htmlFor="goal-progress">{t("progress", { share: percent.format(reached / goal.dealValueGoal) })}</label>
        <progress id="goal-progress" max={1} value={share} className="h-4 w-full" />
        <p className="text-sm text-slate-700">{t("valueNote", { count: value.meetingsWithValue })}</p>
        <details className="no-print">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("goalTitle")}</summary>
          <GoalForm action={setForumGoalAction} goal={goal.dealValueGoal} currency={goal.currency} rates={goal.ratesToUsd} />
        </details>
      </Card>

      <OutcomeSection
        id="sector-title"
        title={t("bySector")}
        chartTitle={t("bySectorChart")}
        rowHeading={t("sector")}
        rows={[...sectorTotals].map(([id, total]) => ({ key: id, label: sectorNames.get(id) ?? "", total, counts: report.bySector.filter((r) => r.sectorId === id) }))}
        {...outcomeWords}
      />

      <OutcomeSection
        id="pair-title"
        title={t("byPair")}
        chartTitle={t("byPairChart")}
        rowHeading={t("pairHeading")}
        rows={[...pairTotals].map(([key, total]) => {
          const [own, partner] = key.split("|") as [string, string];
          return { key, label: pairLabel(own, partner), total, counts: report.byPair.filter((r) => r.own === own && r.partner === partner) };
        })}
        {...outcomeWords}
      />

      <Card aria-labelledby="active-title" className="report-section flex flex-col gap-3">
        <h2 id="active-title" className="text-lg font-semibold">
          {t("active")}
        </h2>
        {/* The table below gives these figures and more: on a phone it stands alone. */}
        <BarChart title={t("activeChart")} data={report.active.map((c) => ({ label: c.name, value: c.held }))} locale={locale} labelHeading={t("company")} valueLabel={t("held")} phoneTable={false} />
        <ScrollBox label={t("active")} hint={t("scrollHint")}>
          <table className="w-full text-start [&_td]:px-2 [&_th]:px-2">
            <caption className="sr-only">{t("active")}</caption>
            <thead>
              <tr>
                <th scope="col" className="text-start">{t("company")}</th>
                <th scope="col" className="text-start">{t("country")}</th>
                <th scope="col" className="text-end">{t("held")}</th>
                <th scope="col" className="text-end">{t("booked")}</th>
                <th scope="col" className="text-end">{t("outcomesCount")}</th>
              </tr>
            </thead>
            <tbody>
              {report.active.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="text-start font-normal">
                    <bdi>{c.name}</bdi>
                  </th>
                  <td>{countryName(c.country, locale)}</td>
                  <td className="text-end tabular-nums">{number.format(c.held)}</td>
                  <td className="text-end tabular-nums">{number.format(c.booked)}</td>
                  <td className="text-end tabular-nums">{number.format(c.outcomes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </Card>
    </div>
  );
}

interface OutcomeRow {
  key: string;
  label: string;
  total: number;
  counts: { outcome: string; count: number }[];
}

/** Outcomes by one grouping (sector, pair of countries): totals as a chart, each kind in a table. */
function OutcomeSection({ id, title, chartTitle, rowHeading, rows, locale, valueLabel, kindLabel, number, empty }: {
  id: string;
  title: string;
  chartTitle: string;
  rowHeading: string;
  rows: OutcomeRow[];
  locale: Locale;
  valueLabel: string;
  kindLabel: (kind: string) => string;
  number: Intl.NumberFormat;
  /** Said instead of an empty chart and a table of headings. */
  empty: string;
}) {
  return (
    <Card aria-labelledby={id} className="report-section flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <>
          <BarChart title={chartTitle} data={rows.map((r) => ({ label: r.label, value: r.total }))} locale={locale} labelHeading={rowHeading} valueLabel={valueLabel} />
          <OutcomeTable caption={title} rowHeading={rowHeading} rows={rows} kindLabel={kindLabel} number={number} />
        </>
      )}
    </Card>
  );
}

function OutcomeTable({ caption, rowHeading, rows, kindLabel, number }: {
  caption: string;
  rowHeading: string;
  rows: OutcomeRow[];
  kindLabel: (kind: string) => string;
  number: Intl.NumberFormat;
}) {
  return (
    <ScrollBox label={caption}>
      <table className="w-full text-start text-sm [&_td]:px-2 [&_th]:px-2">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-start">{rowHeading}</th>
            {outcomeKinds.map((k) => (
              <th key={k} scope="col" className="text-end">
                {kindLabel(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="text-start font-normal">
                <bdi>{row.label}</bdi>
              </th>
              {outcomeKinds.map((k) => (
                <td key={k} className="text-end tabular-nums">
                  {number.format(row.counts.find((c) => c.outcome === k)?.count ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
