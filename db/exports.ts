import { aliasedTable, asc, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, meetingRequests, meetings, meetingTables, slots, users } from "./schema";

// Each export is one query over the forum, ordered so that two exports compare line by line.

export async function exportCompanyRows(forumId: string, db: Database = getDb()) {
  return db
    .select({
      id: companies.id,
      name: companies.name,
      country: companies.country,
      city: companies.city,
      status: companies.status,
      sectorIds: companies.sectorIds,
      lookingFor: companies.lookingFor,
      size: companies.size,
      website: companies.website,
      delegates: sql<number>`(select count(*)::int from users u where u.company_id = ${companies.id})`,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .where(eq(companies.forumId, forumId))
    .orderBy(asc(companies.name), asc(companies.id));
}

export async function exportDelegateRows(forumId: string, db: Database = getDb()) {
  return db
    .select({
      company: companies.name,
      country: companies.country,
      fullName: users.fullName,
      jobTitle: users.jobTitle,
      email: users.email,
      languages: users.languages,
      mainContact: users.isMainContact,
      // The forum days on which the desk checked the delegate in.
      checkedInDays: sql<string[]>`coalesce((select array_agg(c.day::text order by c.day) from check_ins c where c.user_id = ${users.id} and c.forum_id = ${forumId}), '{}')`,
    })
    .from(users)
    .innerJoin(companies, eq(companies.id, users.companyId))
    .where(eq(companies.forumId, forumId))
    .orderBy(asc(companies.name), asc(users.fullName), asc(users.id));
}

const from = aliasedTable(companies, "from_company");
const to = aliasedTable(companies, "to_company");

export async function exportRequestRows(forumId: string, db: Database = getDb()) {
  return db
    .select({
      id: meetingRequests.id,
      from: from.name,
      to: to.name,
      status: meetingRequests.status,
      message: meetingRequests.message,
      createdAt: meetingRequests.createdAt,
      respondedAt: meetingRequests.respondedAt,
    })
    .from(meetingRequests)
    .innerJoin(from, eq(from.id, meetingRequests.fromCompanyId))
    .innerJoin(to, eq(to.id, meetingRequests.toCompanyId))
    .where(eq(meetingRequests.forumId, forumId))
    .orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id));
}

export async function exportMeetingRows(forumId: string, db: Database = getDb()) {
  return db
    .select({
      id: meetings.id,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      table: meetingTables.number,
      a: from.name,
      b: to.name,
      status: meetings.status,
      interpreterNeeded: meetings.interpreterNeeded,
      // Who was to sit at it for each side, even once a no-show or a cancellation freed them.
      delegatesA: sql<string[]>`coalesce((select array_agg(u.full_name order by u.full_name) from meeting_attendees ma join users u on u.id = ma.user_id where ma.meeting_id = ${meetings.id} and ma.company_id = ${meetings.companyAId}), '{}')`,
      delegatesB: sql<string[]>`coalesce((select array_agg(u.full_name order by u.full_name) from meeting_attendees ma join users u on u.id = ma.user_id where ma.meeting_id = ${meetings.id} and ma.company_id = ${meetings.companyBId}), '{}')`,
    })
    .from(meetings)
    .innerJoin(slots, eq(slots.id, meetings.slotId))
    .innerJoin(meetingTables, eq(meetingTables.id, meetings.tableId))
    .innerJoin(from, eq(from.id, meetings.companyAId))
    .innerJoin(to, eq(to.id, meetings.companyBId))
    .where(eq(meetings.forumId, forumId))
    .orderBy(asc(slots.startsAt), asc(meetingTables.number), asc(meetings.id));
}
