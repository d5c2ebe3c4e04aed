import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import {
  schedulerProposalBreaks,
  schedulerProposalMeetings,
  schedulerProposals,
  schedulerProposalUnplaced,
  type SchedulerProposal,
  type UnplacedReasonKind,
} from "./schema";

const CHUNK = 1000;

/** What a run adds to the forum, ready to store. */
export interface ProposalContent {
  placed: { requestId: string; slotId: string; tableId: string; companyAId: string; companyBId: string }[];
  unplaced: { requestId: string; reason: UnplacedReasonKind; companyId: string | null }[];
  breaks: { companyId: string; userId: string | null; breaks: number }[];
}

async function insertChunks<T>(rows: readonly T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function insertProposal(
  values: Omit<typeof schedulerProposals.$inferInsert, "id" | "status">,
  content: ProposalContent,
  db: Database = getDb(),
): Promise<SchedulerProposal> {
  const [proposal] = await db.insert(schedulerProposals).values(values).returning();
  const proposalId = proposal!.id;
  await insertChunks(content.placed, (part) => db.insert(schedulerProposalMeetings).values(part.map((p) => ({ ...p, proposalId }))));
  await insertChunks(content.unplaced, (part) => db.insert(schedulerProposalUnplaced).values(part.map((u) => ({ ...u, proposalId }))));
  await insertChunks(content.breaks, (part) => db.insert(schedulerProposalBreaks).values(part.map((b) => ({ ...b, proposalId }))));
  return proposal!;
}

/** The proposal the page shows: the newest of the forum's, whatever its status. */
export async function findLatestProposal(forumId: string, db: Database = getDb()): Promise<SchedulerProposal | null> {
  const [row] = await db
    .select()
    .from(schedulerProposals)
    .where(eq(schedulerProposals.forumId, forumId))
    .orderBy(desc(schedulerProposals.createdAt), desc(schedulerProposals.id))
    .limit(1);
  return row ?? null;
}

/** Locks the proposal's row for the rest of the transaction. */
export async function lockProposal(id: string, forumId: string, db: Database): Promise<SchedulerProposal | null> {
  const [row] = await db
    .select()
    .from(schedulerProposals)
    .where(and(eq(schedulerProposals.id, id), eq(schedulerProposals.forumId, forumId)))
    .for("update");
  return row ?? null;
}

export async function setProposalStatus(id: string, status: "published" | "discarded", userId: string, db: Database) {
  await db
    .update(schedulerProposals)
    .set({ status, decidedBy: userId, decidedAt: sql`now()` as unknown as Date })
    .where(eq(schedulerProposals.id, id));
}

export interface UnplacedRow {
  requestId: string;
  reason: string;
  companyAName: string;
  companyBName: string;
  /** The side the reason is about, when it is about one. */
  companyName: string | null;
}

export async function listUnplaced(proposalId: string, page: number, pageSize: number, db: Database = getDb()) {
  const [rows, [total]] = await Promise.all([
    db.execute(sql`
      select u.request_id as "requestId", u.reason, a.name as "companyAName", b.name as "companyBName", c.name as "companyName"
      from scheduler_proposal_unplaced u
      join meeting_requests r on r.id = u.request_id
      join companies a on a.id = r.from_company_id
      join companies b on b.id = r.to_company_id
      left join companies c on c.id = u.company_id
      where u.proposal_id = ${proposalId}
      order by a.name, b.name, u.request_id
      limit ${pageSize} offset ${(page - 1) * pageSize}`),
    db.select({ n: count() }).from(schedulerProposalUnplaced).where(eq(schedulerProposalUnplaced.proposalId, proposalId)),
  ]);
  return { rows: rowsOf<UnplacedRow>(rows), total: total?.n ?? 0 };
}

export interface BreakRow {
  companyName: string;
  delegateName: string | null;
  breaks: number;
}

/** Most breaks first: the people the schedule serves worst. */
export async function listBreaks(proposalId: string, page: number, pageSize: number, db: Database = getDb()) {
  const [rows, [total]] = await Promise.all([
    db.execute(sql`
      select c.name as "companyName", u.full_name as "delegateName", b.breaks
      from scheduler_proposal_breaks b
      join companies c on c.id = b.company_id
      left join users u on u.id = b.user_id
      where b.proposal_id = ${proposalId}
      order by b.breaks desc, c.name, u.full_name, b.id
      limit ${pageSize} offset ${(page - 1) * pageSize}`),
    db.select({ n: count() }).from(schedulerProposalBreaks).where(eq(schedulerProposalBreaks.proposalId, proposalId)),
  ]);
  return { rows: rowsOf<BreakRow>(rows).map((r) => ({ ...r, breaks: Number(r.breaks) })), total: total?.n ?? 0 };
}

export interface GridCell {
  slotId: string;
  tableId: string;
  companyAName: string;
  companyBName: string;
  /** Placed by this proposal, or already there (booked or published). */
  proposed: boolean;
}

/**
 * One day of the grid: the proposal's meetings and the live ones already there, for the
 * tables of one page. Only the day's cells are read, so a large forum's grid stays light.
 */
export async function listGridCells(
  proposal: { id: string; forumId: string; status: string },
  day: string,
  tableIds: readonly string[],
  db: Database = getDb(),
) {
  if (tableIds.length === 0) return [];
  const tables = sql.join(tableIds.map((id) => sql`${id}::uuid`), sql`, `);
  const proposalId = proposal.id;
  const forumId = proposal.forumId;
  // Once published, the proposal's meetings are live ones: read them once, from the meetings.
  const draft = proposal.status === "draft";
  return rowsOf<GridCell>(
    await db.execute(sql`
      select pm.slot_id as "slotId", pm.table_id as "tableId", a.name as "companyAName", b.name as "companyBName", true as proposed
      from scheduler_proposal_meetings pm join slots s on s.id = pm.slot_id
      join companies a on a.id = pm.company_a_id join companies b on b.id = pm.company_b_id
      where ${draft}::boolean and pm.proposal_id = ${proposalId} and s.day = ${day} and pm.table_id in (${tables})
      union all
      select m.slot_id, m.table_id, a.name, b.name, not ${draft}::boolean and exists (select 1 from scheduler_proposal_meetings x where x.proposal_id = ${proposalId} and x.request_id = m.request_id)
      from meetings m join slots s on s.id = m.slot_id
      join companies a on a.id = m.company_a_id join companies b on b.id = m.company_b_id
      where m.forum_id = ${forumId} and m.status <> 'cancelled' and s.day = ${day} and m.table_id in (${tables})`),
  );
}

export async function listDaySlots(forumId: string, db: Database = getDb()) {
  return rowsOf<{ id: string; day: string; startsAt: string | Date; endsAt: string | Date }>(
    await db.execute(sql`select id, day::text as day, starts_at as "startsAt", ends_at as "endsAt" from slots where forum_id = ${forumId} order by starts_at`),
  ).map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }));
}

/** Takes the forum's row lock: publishes of one forum are taken one after the other. */
export async function lockForum(forumId: string, db: Database) {
  const [row] = rowsOf<{ scheduleLocked: boolean; bookingMode: string }>(
    await db.execute(sql`select schedule_locked as "scheduleLocked", booking_mode as "bookingMode" from forums where id = ${forumId} for update`),
  );
  return row ?? null;
}

/**
 * The proposal's requests still accepted, locked against a cancellation until the
 * transaction ends; fewer than the proposal placed means one was withdrawn meanwhile.
 */
export async function lockAcceptedRequests(proposalId: string, db: Database): Promise<number> {
  return rowsOf(
    await db.execute(sql`
      select r.id from scheduler_proposal_meetings pm join meeting_requests r on r.id = pm.request_id
      where pm.proposal_id = ${proposalId} and r.status = 'accepted' for share of r`),
  ).length;
}

/**
 * Books every meeting of the proposal with its delegates seated. The database's constraints
 * decide: a request booked meanwhile, a table or a delegate taken, a slot blocked each
 * abort the whole transaction.
 */
export async function insertProposalMeetings(proposalId: string, forumId: string, userId: string, db: Database): Promise<number> {
  const inserted = rowsOf(
    await db.execute(sql`
      insert into meetings (forum_id, request_id, slot_id, table_id, during, company_a_id, company_b_id, interpreter_needed, origin, created_by)
      select ${forumId}, pm.request_id, pm.slot_id, pm.table_id, s.during, pm.company_a_id, pm.company_b_id,
        -- the same rule as needsInterpreter: no delegate of one side speaks a language of the other
        not exists (select 1 from users ua join users ub on ua.languages && ub.languages
          where ua.company_id = pm.company_a_id and ub.company_id = pm.company_b_id),
        'scheduler', ${userId}
      from scheduler_proposal_meetings pm join slots s on s.id = pm.slot_id and s.forum_id = ${forumId}
      where pm.proposal_id = ${proposalId}
      returning id`),
  ).length;
  await db.execute(sql`
    insert into meeting_attendees (meeting_id, during, user_id, company_id)
    select m.id, m.during, u.id, u.company_id
    from scheduler_proposal_meetings pm
    join meetings m on m.request_id = pm.request_id and m.status <> 'cancelled'
    join users u on u.company_id in (m.company_a_id, m.company_b_id)
    where pm.proposal_id = ${proposalId}`);
  return inserted;
}
