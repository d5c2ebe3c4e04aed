import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import type { LocalizedText, MeetingStatus, OutcomeCurrency, OutcomeKind } from "./schema";

const n = (v: unknown) => Number(v ?? 0);

export async function countRequestsAndMeetings(forumId: string, db: Database = getDb()) {
  const [requests, meetingRows, checkIns] = await Promise.all([
    db.execute(sql`select status, count(*) as n from meeting_requests where forum_id = ${forumId} group by status`),
    db.execute(sql`select status, count(*) as n from meetings where forum_id = ${forumId} group by status`),
    // People who came, on any day of the forum.
    db.execute(sql`select count(distinct user_id) as n from check_ins where forum_id = ${forumId}`),
  ]);
  const requestCounts = Object.fromEntries(rowsOf<{ status: string; n: unknown }>(requests).map((r) => [r.status, n(r.n)]));
  const meetingCounts = Object.fromEntries(rowsOf<{ status: MeetingStatus; n: unknown }>(meetingRows).map((r) => [r.status, n(r.n)])) as Partial<Record<MeetingStatus, number>>;
  return {
    requested: Object.values(requestCounts).reduce((a, b) => a + b, 0),
    accepted: requestCounts.accepted ?? 0,
    meetings: meetingCounts,
    checkedIn: n(rowsOf<{ n: unknown }>(checkIns)[0]?.n),
  };
}

/** Outcomes counted by the sectors of the company that recorded them. */
export async function outcomesBySector(forumId: string, db: Database = getDb()) {
  return rowsOf<{ sector_id: string; name: LocalizedText; outcome: OutcomeKind; n: unknown }>(
    await db.execute(sql`
      select s.id as sector_id, s.name, o.outcome, count(*) as n
      from meeting_outcomes o
      join meetings m on m.id = o.meeting_id and m.forum_id = ${forumId}
      join company_sectors cs on cs.company_id = o.company_id
      join sectors s on s.id = cs.sector_id
      group by s.id, s.name, s.position, o.outcome
      order by s.position`),
  ).map((r) => ({ sectorId: r.sector_id, name: r.name, outcome: r.outcome, count: n(r.n) }));
}

/** Outcomes by the recording company's country and its partner's, e.g. DZ → RU. */
export async function outcomesByCountryPair(forumId: string, db: Database = getDb()) {
  return rowsOf<{ own: string; partner: string; outcome: OutcomeKind; n: unknown }>(
    await db.execute(sql`
      select own.country as own, partner.country as partner, o.outcome, count(*) as n
      from meeting_outcomes o
      join meetings m on m.id = o.meeting_id and m.forum_id = ${forumId}
      join companies own on own.id = o.company_id
      join companies partner on partner.id = case when m.company_a_id = o.company_id then m.company_b_id else m.company_a_id end
      group by own.country, partner.country, o.outcome
      order by own.country, partner.country`),
  ).map((r) => ({ own: r.own.trim(), partner: r.partner.trim(), outcome: r.outcome, count: n(r.n) }));
}

/** Every estimated value, one row per side that gave one. */
export async function outcomeValues(forumId: string, db: Database = getDb()) {
  return rowsOf<{ meeting_id: string; outcome: OutcomeKind; value: string; currency: OutcomeCurrency }>(
    await db.execute(sql`
      select o.meeting_id, o.outcome, o.estimated_value as value, o.currency
      from meeting_outcomes o join meetings m on m.id = o.meeting_id and m.forum_id = ${forumId}
      where o.estimated_value is not null`),
  ).map((r) => ({ meetingId: r.meeting_id, outcome: r.outcome, value: Number(r.value), currency: r.currency.trim() as OutcomeCurrency }));
}

export async function mostActiveCompanies(forumId: string, limit = 10, db: Database = getDb()) {
  return rowsOf<{ id: string; name: string; country: string; held: unknown; booked: unknown; outcomes: unknown }>(
    await db.execute(sql`
      select c.id, c.name, c.country,
        count(*) filter (where m.status = 'held') as held,
        count(*) filter (where m.status <> 'cancelled') as booked,
        (select count(*) from meeting_outcomes o where o.company_id = c.id) as outcomes
      from meetings m join companies c on c.id in (m.company_a_id, m.company_b_id)
      where m.forum_id = ${forumId}
      group by c.id, c.name, c.country
      order by held desc, booked desc, c.name
      limit ${limit}`),
  ).map((r) => ({ id: r.id, name: r.name, country: r.country.trim(), held: n(r.held), booked: n(r.booked), outcomes: n(r.outcomes) }));
}

export interface ExportRow {
  meeting_id: string;
  day: string;
  starts_at: Date | string;
  table_number: number;
  status: MeetingStatus;
  absent: string | null;
  company_a: string;
  country_a: string;
  company_b: string;
  country_b: string;
  outcome_a: string | null;
  value_a: string | null;
  currency_a: string | null;
  note_a: string | null;
  outcome_b: string | null;
  value_b: string | null;
  currency_b: string | null;
  note_b: string | null;
}

/** Every meeting of the forum with both sides' outcomes, for the organisers' export. */
export async function exportRows(forumId: string, db: Database = getDb()): Promise<ExportRow[]> {
  return rowsOf<ExportRow>(
    await db.execute(sql`
      select m.id as meeting_id, s.day::text as day, s.starts_at, t.number as table_number, m.status, att.absent,
        ca.name as company_a, ca.country as country_a, cb.name as company_b, cb.country as country_b,
        oa.outcome as outcome_a, oa.estimated_value as value_a, oa.currency as currency_a, oa.note as note_a,
        ob.outcome as outcome_b, ob.estimated_value as value_b, ob.currency as currency_b, ob.note as note_b
      from meetings m
      join slots s on s.id = m.slot_id
      join meeting_tables t on t.id = m.table_id
      join companies ca on ca.id = m.company_a_id
      join companies cb on cb.id = m.company_b_id
      left join meeting_attendance att on att.meeting_id = m.id
      left join meeting_outcomes oa on oa.meeting_id = m.id and oa.company_id = m.company_a_id
      left join meeting_outcomes ob on ob.meeting_id = m.id and ob.company_id = m.company_b_id
      where m.forum_id = ${forumId}
      order by s.starts_at, t.number`),
  );
}
