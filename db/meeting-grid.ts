import { aliasedTable, and, asc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, meetingAttendees, meetings, meetingTables, rooms, slots, users, type LocalizedText, type MeetingStatus } from "./schema";

const companyA = aliasedTable(companies, "company_a");
const companyB = aliasedTable(companies, "company_b");

export interface GridCompany {
  id: string;
  name: string;
  country: string;
}

/** A live meeting as the organisers' grid and print sheets show it. */
export interface OrganiserMeeting {
  id: string;
  status: MeetingStatus;
  interpreterNeeded: boolean;
  slotId: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  tableId: string;
  tableNumber: number;
  tableZone: string | null;
  room: LocalizedText;
  a: GridCompany;
  b: GridCompany;
}

export interface MeetingFilter {
  day?: string;
  tableIds?: readonly string[];
  companyId?: string;
  meetingId?: string;
  /** Part of either company's name. */
  q?: string;
  /** Either company works in this sector. */
  sectorId?: string;
  interpreter?: boolean;
  includeCancelled?: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Live (not cancelled, unless asked) meetings of a forum, by time then table, filtered in the database. */
export async function listOrganiserMeetings(forumId: string, filter: MeetingFilter, db: Database = getDb()): Promise<OrganiserMeeting[]> {
  const conditions: (SQL | undefined)[] = [eq(meetings.forumId, forumId), filter.includeCancelled ? undefined : ne(meetings.status, "cancelled")];
  if (filter.day) conditions.push(eq(slots.day, filter.day));
  if (filter.tableIds) conditions.push(filter.tableIds.length ? inArray(meetings.tableId, [...filter.tableIds]) : sql`false`);
  if (filter.companyId) conditions.push(or(eq(meetings.companyAId, filter.companyId), eq(meetings.companyBId, filter.companyId)));
  if (filter.meetingId) conditions.push(eq(meetings.id, filter.meetingId));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(companyA.name, pattern), ilike(companyB.name, pattern)));
  }
  if (filter.sectorId) {
    const sector = sql`${filter.sectorId}::uuid`;
    conditions.push(or(sql`${sector} = any(${companyA.sectorIds})`, sql`${sector} = any(${companyB.sectorIds})`));
  }
  if (filter.interpreter !== undefined) conditions.push(eq(meetings.interpreterNeeded, filter.interpreter));
  const rows = await db
    .select({
      id: meetings.id,
      status: meetings.status,
      interpreterNeeded: meetings.interpreterNeeded,
      slotId: meetings.slotId,
      day: slots.day,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      tableId: meetings.tableId,
      tableNumber: meetingTables.number,
      tableZone: meetingTables.zone,
      room: rooms.name,
      aId: companyA.id,
      aName: companyA.name,
      aCountry: companyA.country,
      bId: companyB.id,
      bName: companyB.name,
      bCountry: companyB.country,
    })
    .from(meetings)
    .innerJoin(slots, eq(slots.id, meetings.slotId))
    .innerJoin(meetingTables, eq(meetingTables.id, meetings.tableId))
    .innerJoin(rooms, eq(rooms.id, meetingTables.roomId))
    .innerJoin(companyA, eq(companyA.id, meetings.companyAId))
    .innerJoin(companyB, eq(companyB.id, meetings.companyBId))
    .where(and(...conditions))
    .orderBy(asc(slots.startsAt), asc(meetingTables.number));
  return rows.map(({ aId, aName, aCountry, bId, bName, bCountry, ...rest }) => ({
    ...rest,
    a: { id: aId, name: aName, country: aCountry.trim() },
    b: { id: bId, name: bName, country: bCountry.trim() },
  }));
}

export interface SeatedDelegate {
  meetingId: string;
  companyId: string;
  fullName: string;
  jobTitle: string | null;
  languages: string[];
}

/**
 * Who sits at each of these meetings (the meeting_attendees primary key), by name. A missed
 * or cancelled meeting frees its delegates (no longer active); `evenFreed` names them still,
 * for the record of a meeting that is over.
 */
export async function listSeatedDelegates(meetingIds: readonly string[], db: Database = getDb(), options: { evenFreed?: boolean } = {}): Promise<SeatedDelegate[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: meetingAttendees.meetingId,
      companyId: meetingAttendees.companyId,
      fullName: users.fullName,
      jobTitle: users.jobTitle,
      languages: users.languages,
    })
    .from(meetingAttendees)
    .innerJoin(users, eq(users.id, meetingAttendees.userId))
    .where(and(inArray(meetingAttendees.meetingId, [...meetingIds]), options.evenFreed ? undefined : eq(meetingAttendees.active, true)))
    .orderBy(asc(users.fullName));
}

/** One day's slots in time order (slots_forum_day_idx). */
export async function listDaySlots(forumId: string, day: string, db: Database = getDb()) {
  return db
    .select({ id: slots.id, day: slots.day, startsAt: slots.startsAt, endsAt: slots.endsAt })
    .from(slots)
    .where(and(eq(slots.forumId, forumId), eq(slots.day, day)))
    .orderBy(asc(slots.startsAt));
}

export async function listForumSlots(forumId: string, db: Database = getDb()) {
  return db
    .select({ id: slots.id, day: slots.day, startsAt: slots.startsAt, endsAt: slots.endsAt })
    .from(slots)
    .where(eq(slots.forumId, forumId))
    .orderBy(asc(slots.startsAt));
}

export async function listForumTables(forumId: string, db: Database = getDb()) {
  return db
    .select({ id: meetingTables.id, number: meetingTables.number, zone: meetingTables.zone, active: meetingTables.active, room: rooms.name })
    .from(meetingTables)
    .innerJoin(rooms, eq(rooms.id, meetingTables.roomId))
    .where(eq(meetingTables.forumId, forumId))
    .orderBy(asc(meetingTables.number));
}

export type ForumTable = Awaited<ReturnType<typeof listForumTables>>[number];
