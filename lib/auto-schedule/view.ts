import { getDb, type Database } from "@/db/client";
import { listBreaks, listDaySlots, listGridCells, listUnplaced } from "@/db/scheduler-proposals";
import { loadTables } from "@/db/scheduler-input";
import type { SchedulerProposal } from "@/db/schema";

export const listPageSize = 20;
export const tablesPerPage = 12;

export interface ProposalQuery {
  day?: string;
  tables: number;
  unplaced: number;
  breaks: number;
}

/**
 * What the proposal page shows, one page of each long list: unplaced, breaks, and one day
 * of the grid for one page of tables.
 */
export async function loadProposalView(proposal: SchedulerProposal, query: ProposalQuery, db: Database = getDb()) {
  const [slots, tables] = await Promise.all([listDaySlots(proposal.forumId, db), loadTables(proposal.forumId, db)]);
  const days = [...new Set(slots.map((s) => s.day))];
  const day = query.day && days.includes(query.day) ? query.day : (days[0] ?? "");
  const tablePageCount = Math.max(1, Math.ceil(tables.length / tablesPerPage));
  const tablePage = Math.min(query.tables, tablePageCount);
  const pageTables = tables.slice((tablePage - 1) * tablesPerPage, tablePage * tablesPerPage);
  const unplacedCount = Math.max(1, Math.ceil(proposal.unplaced / listPageSize));
  const unplacedPage = Math.min(query.unplaced, unplacedCount);
  const [unplaced, breaks, cells] = await Promise.all([
    listUnplaced(proposal.id, unplacedPage, listPageSize, db),
    listBreaks(proposal.id, query.breaks, listPageSize, db),
    listGridCells(proposal, day, pageTables.map((t) => t.id), db),
  ]);
  return {
    days,
    day,
    daySlots: slots.filter((s) => s.day === day),
    tables: pageTables,
    cells,
    tablePage,
    tablePageCount,
    unplaced: { ...unplaced, page: unplacedPage, pageCount: unplacedCount },
    breaks: { ...breaks, page: query.breaks, pageCount: Math.max(1, Math.ceil(breaks.total / listPageSize)) },
  };
}
