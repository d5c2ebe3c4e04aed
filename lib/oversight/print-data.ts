import { listForumDays } from "@/db/agenda";
import { getDb, type Database } from "@/db/client";
import { listDaySlots, listForumTables, listOrganiserMeetings, listSeatedDelegates } from "@/db/meeting-grid";

/** The day asked for if the forum has it, else the forum's first day. */
export async function pickForumDay(forumId: string, wanted: string | undefined, db: Database = getDb()) {
  const days = (await listForumDays(forumId, db)).map((d) => d.day);
  return { days, day: wanted && days.includes(wanted) ? wanted : days[0] };
}

/**
 * Everything the table sheets of one day need in four queries: the day's slots, the tables
 * (one, or every table with a meeting that day), their meetings, and who sits at them.
 */
export async function loadTableSheets(forumId: string, day: string, tableId?: string, db: Database = getDb()) {
  const [slots, allTables, meetings] = await Promise.all([
    listDaySlots(forumId, day, db),
    listForumTables(forumId, db),
    listOrganiserMeetings(forumId, { day, tableIds: tableId ? [tableId] : undefined }, db),
  ]);
  const used = new Set(meetings.map((m) => m.tableId));
  const tables = tableId ? allTables.filter((t) => t.id === tableId) : allTables.filter((t) => used.has(t.id));
  const delegates = await listSeatedDelegates(meetings.map((m) => m.id), db);
  return { slots, tables, meetings, delegates };
}
