import { listAgendaSessions, listForumDays, type AgendaSessionRow } from "@/db/agenda";
import { getDb, type Database } from "@/db/client";
import { localDay } from "@/lib/time";

export interface AgendaDay {
  day: string;
  sessions: AgendaSessionRow[];
}

/** The public programme of a forum, day by day, sessions in time order: two queries. */
export async function loadAgenda(forumId: string, timeZone: string, db: Database = getDb()): Promise<AgendaDay[]> {
  const [days, sessions] = await Promise.all([listForumDays(forumId, db), listAgendaSessions(forumId, db)]);
  return groupByDay(
    days.map((d) => d.day),
    sessions,
    timeZone,
  );
}

/** Sessions under the day they start on in the forum's zone; a day without sessions stays listed. */
export function groupByDay(days: readonly string[], sessions: readonly AgendaSessionRow[], timeZone: string): AgendaDay[] {
  const all = new Set(days);
  for (const s of sessions) all.add(localDay(s.startsAt, timeZone));
  return [...all].sort().map((day) => ({ day, sessions: sessions.filter((s) => localDay(s.startsAt, timeZone) === day) }));
}
