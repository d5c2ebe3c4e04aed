import { ScrollBox } from "@/components/ui/scroll-box";
import type { GridCell } from "@/db/scheduler-proposals";

interface SlotGridProps {
  caption: string;
  regionLabel: string;
  slots: { id: string; label: string }[];
  tables: { id: string; label: string }[];
  cells: readonly GridCell[];
  labels: { slot: string; new: string; scrollHint: string };
}

/**
 * One day of the schedule as a real table: a row per slot, a column per table, each cell the
 * two companies. Wide grids scroll sideways inside a focusable region.
 */
export function SlotGrid({ caption, regionLabel, slots, tables, cells, labels }: SlotGridProps) {
  const at = new Map(cells.map((c) => [`${c.slotId}|${c.tableId}`, c]));
  return (
    <ScrollBox label={regionLabel} hint={labels.scrollHint} className="rounded-lg border border-slate-300">
      <table className="min-w-full border-collapse text-sm">
        <caption className="p-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky start-0 bg-slate-100 p-2 text-start">
              {labels.slot}
            </th>
            {tables.map((t) => (
              <th key={t.id} scope="col" className="bg-slate-100 p-2 text-start whitespace-nowrap">
                {t.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slots.map((s) => (
            <tr key={s.id} className="border-t border-slate-200">
              <th scope="row" className="sticky start-0 bg-white p-2 text-start font-semibold whitespace-nowrap">
                {s.label}
              </th>
              {tables.map((t) => {
                const cell = at.get(`${s.id}|${t.id}`);
                return (
                  <td key={t.id} className={`min-w-36 p-2 align-top ${cell?.proposed ? "bg-emerald-50" : ""}`}>
                    {cell && (
                      <>
                        <bdi className="block">{cell.companyAName}</bdi>
                        <bdi className="block">{cell.companyBName}</bdi>
                        {cell.proposed && <span className="mt-1 inline-block rounded bg-emerald-800 px-1 text-xs font-semibold text-white">{labels.new}</span>}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
