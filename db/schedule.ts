import { aliasedTable, and, asc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, meetingAttendees, meetings, meetingTables, rooms, slots, users, type LocalizedText, type MeetingStatus } from "./schema";

/** A meeting as a personal schedule shows it: when, where, and with whom. */
export interface ScheduleMeetingRow {
  id: string;
  /** The accepted request it was booked for, whose page moves or cancels it (null for none). */
  requestId: string | null;
  status: MeetingStatus;
  sequence: number;
  interpreterNeeded: boolean;
  day: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  createdAt: Date;
  tableNumber: number;
  tableZone: string | null;
  room: LocalizedText;
  /** The company on the reader's side; the other one is the partner. */
  ownCompanyId: string;
  partner: { id: string; name: string; country: string };
}

export interface MeetingDelegate {
  meetingId: string;
  fullName: string;
  jobTitle: string | null;
  languages: string[];
}

const companyA = aliasedTable(companies, "company_a");
const companyB = aliasedTable(companies, "company_b");

function selectMeetings(ownCompanyId: SQL<string>, db: Database) {
  const aIsOwn = sql`${meetings.companyAId} = ${ownCompanyId}`;
  return db
    .select({
      id: meetings.id,
      requestId: meetings.requestId,
      status: meetings.status,
      sequence: meetings.sequence,
      interpreterNeeded: meetings.interpreterNeeded,
      day: slots.day,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      updatedAt: meetings.updatedAt,
      createdAt: meetings.createdAt,
      tableNumber: meetingTables.number,
      tableZone: meetingTables.zone,
      room: rooms.name,
      ownCompanyId: sql<string>`${ownCompanyId}`.as("own_company_id"),
      partnerId: sql<string>`case when ${aIsOwn} then ${companyB.id} else ${companyA.id} end`.as("partner_id"),
      partnerName: sql<string>`case when ${aIsOwn} then ${companyB.name} else ${companyA.name} end`.as("partner_name"),
      partnerCountry: sql<string>`case when ${aIsOwn} then ${companyB.country} else ${companyA.country} end`.as("partner_country"),
    })
    .from(meetings)
    .innerJoin(slots, eq(slots.id, meetings.slotId))
    .innerJoin(meetingTables, eq(meetingTables.id, meetings.tableId))
    .innerJoin(rooms, eq(rooms.id, meetingTables.roomId))
    .innerJoin(companyA, eq(companyA.id, meetings.companyAId))
    .innerJoin(companyB, eq(companyB.id, meetings.companyBId));
}

type Selected = Awaited<ReturnType<typeof selectMeetings>>[number];

function toRow(r: Selected): ScheduleMeetingRow {
  const { partnerId, partnerName, partnerCountry, ...rest } = r;
  return { ...rest, partner: { id: partnerId, name: partnerName, country: partnerCountry.trim() } };
}

/**
 * The meetings a user sits at (meeting_attendees_user_idx) for the company they are in now, in
 * time order, cancelled ones included only on request (the calendar feed needs them to remove
 * the event). Someone who left a company no longer sees its meetings, past ones included.
 */
export async function listMeetingsOfUser(
  userId: string,
  options: { includeCancelled?: boolean } = {},
  db: Database = getDb(),
): Promise<ScheduleMeetingRow[]> {
  const rows = await selectMeetings(sql<string>`${meetingAttendees.companyId}`, db)
    .innerJoin(meetingAttendees, and(eq(meetingAttendees.meetingId, meetings.id), eq(meetingAttendees.userId, userId)))
    .innerJoin(users, and(eq(users.id, meetingAttendees.userId), eq(users.companyId, meetingAttendees.companyId)))
    .where(options.includeCancelled ? undefined : ne(meetings.status, "cancelled"))
    .orderBy(asc(slots.startsAt), asc(meetingTables.number));
  return rows.map(toRow);
}

/** One meeting, if the company is one of its two sides; null otherwise (a stranger learns nothing). */
export async function findMeetingOfCompany(meetingId: string, companyId: string, db: Database = getDb()): Promise<ScheduleMeetingRow | null> {
  const [row] = await selectMeetings(sql<string>`${companyId}::uuid`, db)
    .where(and(eq(meetings.id, meetingId), or(eq(meetings.companyAId, companyId), eq(meetings.companyBId, companyId))))
    .limit(1);
  return row ? toRow(row) : null;
}

/** The delegates of the other side at each of these meetings, in one query. */
export async function listPartnerDelegates(
  meetingsWithOwnSide: readonly { id: string; ownCompanyId: string }[],
  db: Database = getDb(),
): Promise<Map<string, MeetingDelegate[]>> {
  const result = new Map<string, MeetingDelegate[]>();
  if (meetingsWithOwnSide.length === 0) return result;
  const own = new Map(meetingsWithOwnSide.map((m) => [m.id, m.ownCompanyId]));
  const rows = await db
    .select({
      meetingId: meetingAttendees.meetingId,
      companyId: meetingAttendees.companyId,
      fullName: users.fullName,
      jobTitle: users.jobTitle,
      languages: users.languages,
    })
    .from(meetingAttendees)
    .innerJoin(users, eq(users.id, meetingAttendees.userId))
    .where(inArray(meetingAttendees.meetingId, [...own.keys()]))
    .orderBy(asc(users.createdAt));
  for (const { companyId, ...delegate } of rows) {
    if (own.get(delegate.meetingId) === companyId) continue;
    const list = result.get(delegate.meetingId) ?? [];
    list.push(delegate);
    result.set(delegate.meetingId, list);
  }
  return result;
}

/**
 * Those of these meetings, still scheduled, at which nobody of the company sits any more (a
 * delegate left or was removed and no colleague is seated), as the company reads them.
 */
export async function listUncoveredMeetings(companyId: string, meetingIds: readonly string[], db: Database = getDb()): Promise<ScheduleMeetingRow[]> {
  if (meetingIds.length === 0) return [];
  const rows = await selectMeetings(sql<string>`${companyId}::uuid`, db)
    .where(
      and(
        inArray(meetings.id, [...meetingIds]),
        eq(meetings.status, "scheduled"),
        or(eq(meetings.companyAId, companyId), eq(meetings.companyBId, companyId)),
        sql`not exists (select 1 from meeting_attendees a where a.meeting_id = ${meetings.id} and a.company_id = ${companyId}::uuid)`,
      ),
    )
    .orderBy(asc(slots.startsAt), asc(meetingTables.number));
  return rows.map(toRow);
}
