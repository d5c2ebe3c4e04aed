import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import { meetingAttendees, meetings, meetingTables, slots, users, type Meeting } from "./schema";

export interface FreeSlot {
  id: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  freeTables: number;
}

/**
 * The forum's slots in which none of these delegates has a meeting or a block and a table
 * is free. The booking rule and the slot picker use this one query.
 */
export async function findFreeSlots(forumId: string, userIds: readonly string[], db: Database = getDb()): Promise<FreeSlot[]> {
  const ids = sql`array[${sql.join(userIds.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]`;
  const rows = rowsOf<{ id: string; day: string; starts_at: string | Date; ends_at: string | Date; free_tables: number | string }>(
    await db.execute(sql`
      select s.id, s.day::text as day, s.starts_at, s.ends_at,
        (select count(*) from meeting_tables t where t.forum_id = s.forum_id and t.active)
          - (select count(*) from meetings m where m.slot_id = s.id and m.status in ('scheduled', 'held')) as free_tables
      from slots s
      where s.forum_id = ${forumId}
        and not exists (select 1 from meeting_attendees a where a.user_id = any(${ids}) and a.active and a.during && s.during)
        and not exists (select 1 from unavailabilities u where u.user_id = any(${ids}) and u.during && s.during)
      order by s.starts_at`),
  );
  return rows
    .map((r) => ({ id: r.id, day: r.day, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), freeTables: Number(r.free_tables) }))
    .filter((r) => r.freeTables > 0);
}

/**
 * Free tables of a slot, best first: a table where one of these delegates sits just before
 * or just after (so they stay put between meetings), then by number.
 */
export async function findFreeTables(forumId: string, slotId: string, userIds: readonly string[], db: Database = getDb()) {
  const ids = sql`array[${sql.join(userIds.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]`;
  return rowsOf<{ id: string; number: number }>(
    await db.execute(sql`
      with target as (select during from slots where id = ${slotId} and forum_id = ${forumId}),
      neighbour_tables as (
        select distinct m.table_id from meetings m join meeting_attendees a on a.meeting_id = m.id and a.active
        where a.user_id = any(${ids}) and m.status in ('scheduled', 'held')
          and (upper(m.during) = lower((select during from target)) or lower(m.during) = upper((select during from target))))
      select t.id, t.number from meeting_tables t
      where t.forum_id = ${forumId} and t.active
        and not exists (select 1 from meetings m where m.table_id = t.id and m.status in ('scheduled', 'held') and m.during && (select during from target))
      order by (t.id in (select table_id from neighbour_tables)) desc, t.number`),
  );
}

export async function findSlot(slotId: string, db: Database = getDb()) {
  const [row] = await db.select().from(slots).where(eq(slots.id, slotId)).limit(1);
  return row ?? null;
}

export async function findMeeting(id: string, db: Database = getDb()): Promise<Meeting | null> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return row ?? null;
}

export async function findLiveMeetingOfRequest(requestId: string, db: Database = getDb()): Promise<Meeting | null> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.requestId, requestId), inArray(meetings.status, ["scheduled", "held"])))
    .limit(1);
  return row ?? null;
}

/** Which of these requests have a live (not cancelled) meeting: one indexed look-up for a page of requests. */
export async function requestsWithLiveMeeting(requestIds: readonly string[], db: Database = getDb()): Promise<Set<string>> {
  if (requestIds.length === 0) return new Set();
  const rows = await db
    .select({ requestId: meetings.requestId })
    .from(meetings)
    .where(and(inArray(meetings.requestId, [...requestIds]), inArray(meetings.status, ["scheduled", "held"])));
  return new Set(rows.map((r) => r.requestId));
}

export async function delegatesOf(companyIds: readonly string[], db: Database = getDb()) {
  return db
    .select({ id: users.id, companyId: users.companyId, languages: users.languages, email: users.email, locale: users.locale, fullName: users.fullName })
    .from(users)
    .where(inArray(users.companyId, [...companyIds]))
    .orderBy(asc(users.createdAt));
}

/**
 * The rule of needsInterpreter, on who sits at meeting `m` now: no delegate seated for one
 * side (still of that company) speaks a language of one seated for the other. A side with
 * nobody seated shares no language, so the need shows until someone takes the seat.
 */
const noSharedLanguage = sql`not exists (
  select 1 from meeting_attendees sa
  join users ua on ua.id = sa.user_id and ua.company_id = sa.company_id
  join meeting_attendees sb on sb.meeting_id = sa.meeting_id and sb.company_id = m.company_b_id
  join users ub on ub.id = sb.user_id and ub.company_id = sb.company_id
  where sa.meeting_id = m.id and sa.company_id = m.company_a_id and ua.languages && ub.languages)`;

/**
 * Works out again whether a company's meetings to come need an interpreter, after its
 * delegates' languages or its team changed. Meetings held stay as they were.
 */
export async function refreshInterpreterNeeds(companyId: string, db: Database = getDb()): Promise<void> {
  await db.execute(sql`
    update meetings m set interpreter_needed = ${noSharedLanguage}
    where m.status = 'scheduled' and (m.company_a_id = ${companyId} or m.company_b_id = ${companyId})`);
}

/** Works out again whether one meeting needs an interpreter, after a seat changed there; the need as it is now. */
export async function refreshMeetingInterpreterNeed(meetingId: string, db: Database = getDb()): Promise<boolean> {
  const [row] = rowsOf<{ interpreter_needed: boolean }>(
    await db.execute(sql`update meetings m set interpreter_needed = ${noSharedLanguage} where m.id = ${meetingId}::uuid returning m.interpreter_needed`),
  );
  return Boolean(row?.interpreter_needed);
}

export async function insertMeeting(
  values: Omit<typeof meetings.$inferInsert, "during"> & { attendees: { userId: string; companyId: string }[] },
  db: Database = getDb(),
): Promise<Meeting> {
  const { attendees, ...meeting } = values;
  const [row] = await db
    .insert(meetings)
    .values({ ...meeting, during: sql`(select during from slots where id = ${meeting.slotId})` as unknown as string })
    .returning();
  if (!row) throw new Error("insert returned no row");
  await db.insert(meetingAttendees).values(attendees.map((a) => ({ ...a, meetingId: row.id, during: row.during })));
  return row;
}

/** Moves a meeting to another slot and table; its attendees follow through the foreign key. */
export async function moveMeetingRow(id: string, slotId: string, tableId: string, db: Database = getDb()): Promise<Meeting | null> {
  const [row] = await db
    .update(meetings)
    .set({
      slotId,
      tableId,
      during: sql`(select during from slots where id = ${slotId})` as unknown as string,
      sequence: sql`${meetings.sequence} + 1` as unknown as number,
      updatedAt: sql`now()` as unknown as Date,
    })
    .where(and(eq(meetings.id, id), eq(meetings.status, "scheduled")))
    .returning();
  return row ?? null;
}

export async function cancelMeetingRow(id: string, db: Database = getDb()): Promise<Meeting | null> {
  const [row] = await db
    .update(meetings)
    .set({ status: "cancelled", sequence: sql`${meetings.sequence} + 1` as unknown as number, updatedAt: sql`now()` as unknown as Date })
    .where(and(eq(meetings.id, id), eq(meetings.status, "scheduled")))
    .returning();
  return row ?? null;
}

/**
 * Takes the slot's row lock for the rest of the transaction. Every booking or move into a
 * slot takes it first, so writers of one slot queue in order instead of meeting head-on in
 * the exclusion constraints (which still hold the rule).
 */
export async function lockSlot(slotId: string, db: Database): Promise<void> {
  await db.execute(sql`select 1 from slots where id = ${slotId} for no key update`);
}

export async function findTable(tableId: string, db: Database = getDb()) {
  const [row] = await db.select().from(meetingTables).where(eq(meetingTables.id, tableId)).limit(1);
  return row ?? null;
}
