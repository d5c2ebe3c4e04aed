import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { Forum, SchedulerProposal } from "@/db/schema";
import { loadProposalView, type ProposalQuery } from "@/lib/auto-schedule/view";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { formatDay, formatTimeRange, zoneLabel } from "@/lib/time";
import { SlotGrid } from "./slot-grid";

const cellBase = "border-t border-slate-200 p-2 align-top";
const cellClass = `${cellBase} text-start`;
/** A company's name keeps its own direction inside a sentence of the other (Cyrillic in Arabic, quotes and all). */
const name = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

/** The proposal's figures, unplaced meetings with their reasons, breaks, and the grid of one day. */
export async function ProposalView({ proposal, forum, locale, query }: { proposal: SchedulerProposal; forum: Forum; locale: string; query: ProposalQuery }) {
  const [t, view] = await Promise.all([getTranslations("scheduler"), loadProposalView(proposal, query)]);
  const number = new Intl.NumberFormat(locale);
  const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const href = (change: Partial<ProposalQuery>) => {
    const next = { day: view.day, tables: view.tablePage, unplaced: view.unplaced.page, breaks: view.breaks.page, ...change };
    return `/organiser/scheduler?day=${next.day}&tables=${next.tables}&unplaced=${next.unplaced}&breaks=${next.breaks}`;
  };
  const pageLabels = (nav: string, page: number, pageCount: number) => ({ nav, previous: t("previous"), next: t("next"), status: t("pageOf", { page, pageCount }) });
  const figures = [
    { label: t("placed"), value: number.format(proposal.placed) },
    { label: t("unplaced"), value: number.format(proposal.unplaced) },
    { label: t("totalBreaks"), value: number.format(proposal.totalBreaks) },
    { label: t("maxBreakDifference"), value: number.format(proposal.maxBreakDifference) },
    { label: t("runTime"), value: t("seconds", { value: seconds.format(proposal.runTimeMs / 1000) }) },
  ];
  const firstSlot = view.daySlots[0];
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone, firstSlot?.startsAt);
  const firstTable = view.tables[0]?.number ?? 0;
  const lastTable = view.tables.at(-1)?.number ?? 0;

  return (
    <>
      <section aria-labelledby="figures-title">
        <h3 id="figures-title" className="text-lg font-semibold">
          {t("figures")}
        </h3>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figures.map((f) => (
            <div key={f.label} className="rounded-lg bg-slate-100 p-3">
              <dt className="text-sm text-slate-700">{f.label}</dt>
              <dd className="text-2xl font-bold">{f.value}</dd>
            </div>
          ))}
        </dl>
        {proposal.fewestBreaksProven && <p className="mt-2 font-medium text-emerald-900">{t("breaksProven")}</p>}
        <p className="mt-2 text-sm text-slate-700">{t("breaksHint")}</p>
      </section>

      <section aria-labelledby="unplaced-title" className="flex flex-col gap-2">
        <h3 id="unplaced-title" className="text-lg font-semibold">
          {t("unplacedTitle")}
        </h3>
        {view.unplaced.total === 0 ? (
          <p>{t("unplacedEmpty")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="p-2 text-start">{t("meeting")}</th>
                <th scope="col" className="p-2 text-start">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {view.unplaced.rows.map((row) => (
                <tr key={row.requestId}>
                  <td className={cellClass}>{t.rich("pair", { a: row.companyAName, b: row.companyBName, name })}</td>
                  <td className={cellClass}>{t.rich(`reasons.${row.reason}` as "reasons.participantFull", { company: row.companyName ?? "", name })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={view.unplaced.page} pageCount={view.unplaced.pageCount} hrefFor={(p) => href({ unplaced: p })} labels={pageLabels(t("pages.unplaced"), view.unplaced.page, view.unplaced.pageCount)} />
      </section>

      <section aria-labelledby="breaks-title" className="flex flex-col gap-2">
        <h3 id="breaks-title" className="text-lg font-semibold">
          {t("breaksTitle")}
        </h3>
        {view.breaks.total === 0 ? (
          <p>{t("breaksEmpty")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="p-2 text-start">{t("delegate")}</th>
                <th scope="col" className="p-2 text-start">{t("company")}</th>
                <th scope="col" className="p-2 text-end">{t("breaks")}</th>
              </tr>
            </thead>
            <tbody>
              {view.breaks.rows.map((row, i) => (
                <tr key={i}>
                  <td className={cellClass}>{row.delegateName ? <bdi>{row.delegateName}</bdi> : <span className="italic">{t("noDelegate")}</span>}</td>
                  <td className={cellClass}><bdi>{row.companyName}</bdi></td>
                  <td className={`${cellBase} text-end tabular-nums`}>{number.format(row.breaks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={view.breaks.page} pageCount={view.breaks.pageCount} hrefFor={(p) => href({ breaks: p })} labels={pageLabels(t("pages.breaks"), view.breaks.page, view.breaks.pageCount)} />
      </section>

      <section aria-labelledby="grid-title" className="flex flex-col gap-3">
        <h3 id="grid-title" className="text-lg font-semibold">
          {t("gridTitle")}
        </h3>
        <nav aria-label={t("gridDays")}>
          <ul className="flex flex-wrap gap-2">
            {view.days.map((day) => (
              <li key={day}>
                <Link
                  href={href({ day, tables: 1 })}
                  aria-current={day === view.day ? "page" : undefined}
                  className="inline-flex min-h-11 items-center rounded-lg border-2 border-slate-500 px-4 font-semibold text-emerald-950 aria-[current=page]:border-emerald-900 aria-[current=page]:bg-emerald-900 aria-[current=page]:text-white"
                >
                  {formatDay(day, locale, forum.timeZone)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-slate-700">{t("legend")}</p>
        {view.day && (
          <SlotGrid
            caption={t("gridCaption", { day: formatDay(view.day, locale, forum.timeZone), from: firstTable, to: lastTable, zone })}
            regionLabel={t("gridRegion")}
            slots={view.daySlots.map((s) => ({ id: s.id, label: formatTimeRange(s.startsAt, s.endsAt, locale, forum.timeZone) }))}
            tables={view.tables.map((tb) => ({ id: tb.id, label: t("table", { number: tb.number }) }))}
            cells={view.cells}
            labels={{ slot: t("slot"), new: t("new"), scrollHint: t("scrollHint") }}
          />
        )}
        <Pagination page={view.tablePage} pageCount={view.tablePageCount} hrefFor={(p) => href({ tables: p })} labels={pageLabels(t("pages.tables"), view.tablePage, view.tablePageCount)} />
      </section>
    </>
  );
}
