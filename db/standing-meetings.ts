import { aliasedTable, and, asc, eq, inArray, ne, or } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, meetings, meetingTables, slots, type MeetingStatus } from "./schema";

/** A live meeting that a change of the forum would leave without its slot or table. */
export interface StandingMeeting {
  id: string;
  status: MeetingStatus;
  slotId: string;
  startsAt: string;
  endsAt: string;
  tableId: string;
  tableNumber: number;
  companyAId: string;
  companyBId: string;
  companies: [string, string];
}

const companyA = aliasedTable(companies, "company_a");
const companyB = aliasedTable(companies, "company_b");

/** Live (not cancelled) meetings in these slots, at this table, or of this company, in time order. */
export async function listStandingMeetings(
  where: { slotIds?: readonly string[]; tableId?: string; companyId?: string; scheduledOnly?: boolean },
  db: Database = getDb(),
): Promise<StandingMeeting[]> {
  if (where.slotIds && where.slotIds.length === 0) return [];
  const rows = await db
    .select({
      id: meetings.id,
      status: meetings.status,
      slotId: meetings.slotId,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      tableId: meetings.tableId,
      tableNumber: meetingTables.number,
      companyAId: meetings.companyAId,
      companyBId: meetings.companyBId,
      a: companyA.name,
      b: companyB.name,
    })
    .from(meetings)
    .innerJoin(slots, eq(slots.id, meetings.slotId))
    .innerJoin(meetingTables, eq(meetingTables.id, meetings.tableId))
    .innerJoin(companyA, eq(companyA.id, meetings.companyAId))
    .innerJoin(companyB, eq(companyB.id, meetings.companyBId))
    .where(
      and(
        where.scheduledOnly ? eq(meetings.status, "scheduled") : ne(meetings.status, "cancelled"),
        where.slotIds ? inArray(meetings.slotId, [...where.slotIds]) : undefined,
        where.tableId ? eq(meetings.tableId, where.tableId) : undefined,
        where.companyId ? or(eq(meetings.companyAId, where.companyId), eq(meetings.companyBId, where.companyId)) : undefined,
      ),
    )
    .orderBy(asc(slots.startsAt), asc(meetingTables.number));
  return rows.map((r) => {
    return {
      id: r.id,
      status: r.status,
      slotId: r.slotId,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      tableId: r.tableId,
      tableNumber: r.tableNumber,
      companyAId: r.companyAId,
      companyBId: r.companyBId,
      companies: [r.a, r.b],
    };
  });
}
