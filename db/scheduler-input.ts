import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";

/** What the auto-scheduler works from, as read from the database for one forum. */
export interface SchedulingData {
  slots: { id: string; day: string }[];
  tables: { id: string; number: number; active: boolean }[];
  /** Accepted requests between approved companies that have no live meeting yet. */
  requests: { id: string; companyAId: string; companyBId: string }[];
  /** Live meetings (booked or published): they stay where they are. */
  meetings: { id: string; slotId: string; tableId: string; companyAId: string; companyBId: string }[];
  /** Slots each company cannot use: one of its delegates blocked it, or sits elsewhere then. */
  companyBlocks: { companyId: string; slotId: string }[];
}

export async function loadSchedulingData(forumId: string, db: Database = getDb()): Promise<SchedulingData> {
  const [slots, tables, requests, meetings, companyBlocks] = await Promise.all([
    db.execute(sql`select id, day::text as day from slots where forum_id = ${forumId} order by starts_at`),
    db.execute(sql`select id, number, active from meeting_tables where forum_id = ${forumId} order by number`),
    db.execute(sql`
      select r.id, r.from_company_id as "companyAId", r.to_company_id as "companyBId"
      from meeting_requests r
      join companies a on a.id = r.from_company_id and a.status = 'approved'
      join companies b on b.id = r.to_company_id and b.status = 'approved'
      where r.forum_id = ${forumId} and r.status = 'accepted'
        and not exists (select 1 from meetings m where m.request_id = r.id and m.status <> 'cancelled')
      order by r.created_at, r.id`),
    db.execute(sql`
      select id, slot_id as "slotId", table_id as "tableId", company_a_id as "companyAId", company_b_id as "companyBId"
      from meetings where forum_id = ${forumId} and status <> 'cancelled' order by id`),
    db.execute(sql`
      select distinct u.company_id as "companyId", x.slot_id as "slotId" from (
        select un.user_id, un.slot_id from unavailabilities un join slots s on s.id = un.slot_id and s.forum_id = ${forumId}
        union all
        -- a delegate seated at a meeting of another company (one they left) is busy then too
        select a.user_id, m.slot_id from meeting_attendees a join meetings m on m.id = a.meeting_id
        join users mu on mu.id = a.user_id
        where m.forum_id = ${forumId} and a.active and mu.company_id is distinct from m.company_a_id and mu.company_id is distinct from m.company_b_id
      ) x join users u on u.id = x.user_id where u.company_id is not null`),
  ]);
  return {
    slots: rowsOf(slots),
    tables: rowsOf<{ id: string; number: number; active: boolean }>(tables).map((t) => ({ ...t, number: Number(t.number) })),
    requests: rowsOf(requests),
    meetings: rowsOf(meetings),
    companyBlocks: rowsOf(companyBlocks),
  };
}

/**
 * A digest of the frame a run works in: the slots and which tables are open. If it changes,
 * a proposal made before is refused at once. Meetings booked, moved or cancelled since, and
 * delegates' blocks, need no digest: publishing inserts the proposal's meetings under the
 * database's own rules (a delegate or a table once per slot, no meeting in a blocked slot,
 * one live meeting per request), so one that no longer fits is refused there, and a change
 * elsewhere in the forum no longer throws away a proposal the organisers are reviewing.
 */
export async function schedulingBasis(forumId: string, db: Database = getDb()): Promise<string> {
  const [row] = rowsOf<{ basis: string }>(
    await db.execute(sql`
      select md5(
        coalesce((select string_agg(id::text || ':' || active::text, ',' order by id)
          from meeting_tables where forum_id = ${forumId}), '')
        || '|' || coalesce((select string_agg(id::text, ',' order by id) from slots where forum_id = ${forumId}), '')
      ) as basis`),
  );
  return row!.basis;
}

/** Each company's delegates, for breaks per delegate. */
export async function delegatesOfCompanies(forumId: string, db: Database = getDb()) {
  return rowsOf<{ id: string; companyId: string }>(
    await db.execute(sql`
      select u.id, u.company_id as "companyId" from users u join companies c on c.id = u.company_id
      where c.forum_id = ${forumId} order by u.created_at, u.id`),
  );
}

/** How many accepted requests between approved companies still wait for a meeting. */
export async function countWaitingRequests(forumId: string, db: Database = getDb()): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`
      select count(*) as n from meeting_requests r
      join companies a on a.id = r.from_company_id and a.status = 'approved'
      join companies b on b.id = r.to_company_id and b.status = 'approved'
      where r.forum_id = ${forumId} and r.status = 'accepted'
        and not exists (select 1 from meetings m where m.request_id = r.id and m.status <> 'cancelled')`),
  );
  return Number(row?.n ?? 0);
}

/** The forum's tables in number order, open ones and those closed but still holding a meeting. */
export async function loadTables(forumId: string, db: Database = getDb()) {
  return rowsOf<{ id: string; number: number }>(
    await db.execute(sql`
      select t.id, t.number from meeting_tables t
      where t.forum_id = ${forumId}
        and (t.active or exists (select 1 from meetings m where m.table_id = t.id and m.status <> 'cancelled'))
      order by t.number`),
  ).map((t) => ({ ...t, number: Number(t.number) }));
}
