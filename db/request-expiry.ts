import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import type { LocalizedText } from "./schema";

/**
 * When an open request stops waiting: its age limit (the forum's request_expiry_days), the
 * close of self-service booking, or at the latest the end of the forum's last day in its own
 * time zone (23:59, which reads as that day), as nothing can come of it then. `least` skips
 * nulls, so each rule set applies.
 */
const deadline = sql`least(
  r.created_at + make_interval(days => f.request_expiry_days),
  f.self_booking_closes_at,
  ((f.ends_on + 1)::timestamp - interval '1 minute') at time zone f.time_zone)`;
// Receivers are nudged a day before, or halfway for a request that lives less than two days.
const nudgeLead = sql`least(interval '1 day', (${deadline} - r.created_at) / 2)`;

export interface ExpiringRequest {
  id: string;
  forumId: string;
  fromCompanyId: string;
  toCompanyId: string;
  fromName: string;
  toName: string;
  deadline: Date;
  timeZone: string;
  city: LocalizedText;
}

type Row = { id: string; forum_id: string; from_company_id: string; to_company_id: string; from_name: string; to_name: string; deadline: string | Date; time_zone: string; city: LocalizedText };

const toRequest = (r: Row): ExpiringRequest => ({
  id: r.id,
  forumId: r.forum_id,
  fromCompanyId: r.from_company_id,
  toCompanyId: r.to_company_id,
  fromName: r.from_name,
  toName: r.to_name,
  deadline: new Date(r.deadline),
  timeZone: r.time_zone,
  city: r.city,
});

/**
 * Expires up to `limit` open requests past their deadline, in the caller's transaction.
 * Rows another worker holds are skipped (SKIP LOCKED) and the update re-checks the status,
 * so each request expires once whoever runs the job.
 */
export async function expireDueRequests(now: Date, limit: number, db: Database = getDb()): Promise<ExpiringRequest[]> {
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with due as (
        select r.id, ${deadline} as deadline from meeting_requests r join forums f on f.id = r.forum_id
        where r.status = 'open' and ${deadline} <= ${now.toISOString()}::timestamptz
        order by r.created_at limit ${limit} for update of r skip locked)
      update meeting_requests r set status = 'expired', expired_at = ${now.toISOString()}::timestamptz, updated_at = now()
      from due, forums f, companies fc, companies tc
      where r.id = due.id and r.status = 'open' and f.id = r.forum_id and fc.id = r.from_company_id and tc.id = r.to_company_id
      returning r.id, r.forum_id, r.from_company_id, r.to_company_id, fc.name as from_name, tc.name as to_name, due.deadline, f.time_zone, f.city`),
  );
  return rows.map(toRequest);
}

/** Marks as nudged up to `limit` open requests whose deadline is near, returning them (once each). */
export async function claimRequestsToNudge(now: Date, limit: number, db: Database = getDb()): Promise<ExpiringRequest[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with due as (
        select r.id, ${deadline} as deadline from meeting_requests r join forums f on f.id = r.forum_id
        where r.status = 'open' and r.reminded_at is null and ${deadline} > ${at} and ${deadline} - ${nudgeLead} <= ${at}
        order by r.created_at limit ${limit} for update of r skip locked)
      update meeting_requests r set reminded_at = ${at}
      from due, forums f, companies fc, companies tc
      where r.id = due.id and r.status = 'open' and r.reminded_at is null
        and f.id = r.forum_id and fc.id = r.from_company_id and tc.id = r.to_company_id
      returning r.id, r.forum_id, r.from_company_id, r.to_company_id, fc.name as from_name, tc.name as to_name, due.deadline, f.time_zone, f.city`),
  );
  return rows.map(toRequest);
}

/** The deadline of each of these open requests (for the requests page), by id. */
export async function deadlinesOf(requestIds: readonly string[], db: Database = getDb()): Promise<Map<string, Date>> {
  if (requestIds.length === 0) return new Map();
  const ids = sql`array[${sql.join(requestIds.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]`;
  const rows = rowsOf<{ id: string; deadline: string | Date | null }>(
    await db.execute(sql`
      select r.id, ${deadline} as deadline from meeting_requests r join forums f on f.id = r.forum_id
      where r.id = any(${ids}) and r.status = 'open'`),
  );
  return new Map(rows.filter((r) => r.deadline).map((r) => [r.id, new Date(r.deadline!)]));
}
