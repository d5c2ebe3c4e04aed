import { and, count, eq, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import { companies, meetingRequests, meetings, type CompanyStatus, type MeetingStatus, type RequestStatus } from "./schema";

export interface DashboardFigures {
  companies: Record<CompanyStatus, number>;
  approvedByCountry: { country: string; n: number }[];
  approvedBySector: { sectorId: string; n: number }[];
  requests: Record<RequestStatus, number>;
  meetings: Record<MeetingStatus, number>;
  /** Accepted requests with no live meeting: still to be placed. */
  unplaced: number;
}

function tally<K extends string>(keys: readonly K[], rows: { key: string; n: number }[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) if (row.key in out) out[row.key as K] = Number(row.n);
  return out;
}

/**
 * The console's figures in five grouped counts, each read from an index on (forum, status)
 * (companies_forum_status_idx, meeting_requests_forum_status_idx, meetings_forum_status_idx;
 * the unplaced count probes meetings_one_live_per_request_key).
 */
export async function getDashboardFigures(forumId: string, db: Database = getDb()): Promise<DashboardFigures> {
  const [companyRows, sectorRows, requestRows, meetingRows, unplacedRows] = await Promise.all([
    db
      .select({ status: companies.status, country: companies.country, n: count() })
      .from(companies)
      .where(eq(companies.forumId, forumId))
      .groupBy(companies.status, companies.country),
    db.execute(sql`
      select sector_id::text as sector_id, count(*)::int as n
      from companies c, unnest(c.sector_ids) as sector_id
      where c.forum_id = ${forumId} and c.status = 'approved'
      group by sector_id`),
    db
      .select({ key: meetingRequests.status, n: count() })
      .from(meetingRequests)
      .where(eq(meetingRequests.forumId, forumId))
      .groupBy(meetingRequests.status),
    db.select({ key: meetings.status, n: count() }).from(meetings).where(eq(meetings.forumId, forumId)).groupBy(meetings.status),
    db
      .select({ n: count() })
      .from(meetingRequests)
      .where(
        and(
          eq(meetingRequests.forumId, forumId),
          eq(meetingRequests.status, "accepted"),
          sql`not exists (select 1 from meetings m where m.request_id = ${meetingRequests.id} and m.status <> 'cancelled')`,
        ),
      ),
  ]);
  const byCountry = new Map<string, number>();
  const byStatus: { key: string; n: number }[] = [];
  for (const row of companyRows) {
    byStatus.push({ key: row.status, n: row.n });
    if (row.status === "approved") byCountry.set(row.country.trim(), (byCountry.get(row.country.trim()) ?? 0) + row.n);
  }
  const statusTotals = new Map<string, number>();
  for (const row of byStatus) statusTotals.set(row.key, (statusTotals.get(row.key) ?? 0) + row.n);
  return {
    companies: tally(["pending", "approved", "rejected"] as const, [...statusTotals].map(([key, n]) => ({ key, n }))),
    approvedByCountry: [...byCountry].map(([country, n]) => ({ country, n })).sort((a, b) => b.n - a.n || a.country.localeCompare(b.country)),
    approvedBySector: rowsOf<{ sector_id: string; n: number | string }>(sectorRows)
      .map((r) => ({ sectorId: r.sector_id, n: Number(r.n) }))
      .sort((a, b) => b.n - a.n),
    requests: tally(["open", "accepted", "declined", "cancelled", "expired"] as const, requestRows),
    meetings: tally(["scheduled", "cancelled", "held", "no_show"] as const, meetingRows),
    unplaced: unplacedRows[0]?.n ?? 0,
  };
}
