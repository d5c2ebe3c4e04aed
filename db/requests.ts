import { aliasedTable, and, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, meetingRequests, users, type MeetingRequest, type RequestStatus } from "./schema";

export async function insertRequest(
  values: { forumId: string; fromCompanyId: string; toCompanyId: string; createdBy: string; message: string },
  db: Database = getDb(),
): Promise<MeetingRequest> {
  const [row] = await db.insert(meetingRequests).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findRequest(id: string, db: Database = getDb()): Promise<MeetingRequest | null> {
  const [row] = await db.select().from(meetingRequests).where(eq(meetingRequests.id, id)).limit(1);
  return row ?? null;
}

/**
 * Moves a request on only if it is still in one of the expected statuses: of two delegates
 * answering at once, one update matches and the other finds nothing.
 */
export async function transitionRequest(
  id: string,
  from: readonly RequestStatus[],
  change: Partial<Pick<MeetingRequest, "status" | "responseNote" | "respondedBy" | "respondedAt" | "cancelledBy" | "cancelledAt">>,
  db: Database = getDb(),
): Promise<MeetingRequest | null> {
  const [row] = await db
    .update(meetingRequests)
    .set({ ...change, updatedAt: sql`now()` })
    .where(and(eq(meetingRequests.id, id), inArray(meetingRequests.status, [...from])))
    .returning();
  return row ?? null;
}

const fromCompany = aliasedTable(companies, "from_company");
const toCompany = aliasedTable(companies, "to_company");

export interface RequestListItem {
  request: MeetingRequest;
  fromCompany: { id: string; name: string; country: string };
  toCompany: { id: string; name: string; country: string };
}

/** A company's requests, incoming and sent, newest first, with both companies' names. */
export async function listRequestsOfCompany(companyId: string, limit = 200, db: Database = getDb()): Promise<RequestListItem[]> {
  return db
    .select({
      request: meetingRequests,
      fromCompany: { id: fromCompany.id, name: fromCompany.name, country: fromCompany.country },
      toCompany: { id: toCompany.id, name: toCompany.name, country: toCompany.country },
    })
    .from(meetingRequests)
    .innerJoin(fromCompany, eq(fromCompany.id, meetingRequests.fromCompanyId))
    .innerJoin(toCompany, eq(toCompany.id, meetingRequests.toCompanyId))
    .where(or(eq(meetingRequests.fromCompanyId, companyId), eq(meetingRequests.toCompanyId, companyId)))
    .orderBy(desc(meetingRequests.updatedAt), desc(meetingRequests.id))
    .limit(limit);
}

export async function countOpenIncoming(companyId: string, db: Database = getDb()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(meetingRequests)
    .where(and(eq(meetingRequests.toCompanyId, companyId), eq(meetingRequests.status, "open")));
  return row?.n ?? 0;
}

/** The other companies this one is in touch with (live requests) or declined either way. */
export async function requestPartners(companyId: string, db: Database = getDb()) {
  const rows = await db
    .select({ from: meetingRequests.fromCompanyId, to: meetingRequests.toCompanyId, status: meetingRequests.status })
    .from(meetingRequests)
    .where(or(eq(meetingRequests.fromCompanyId, companyId), eq(meetingRequests.toCompanyId, companyId)));
  const inTouch = new Set<string>();
  const declined = new Set<string>();
  for (const row of rows) {
    const other = row.from === companyId ? row.to : row.from;
    if (row.status === "open" || row.status === "accepted") inTouch.add(other);
    if (row.status === "declined") declined.add(other);
  }
  return { inTouch, declined };
}

/** Who to tell about a company's requests: its delegates, each in their own language. */
export async function companyRecipients(companyId: string, db: Database = getDb()) {
  return db
    .select({ email: users.email, locale: users.locale, fullName: users.fullName })
    .from(users)
    .where(eq(users.companyId, companyId));
}

/** The little the request rules need to know about a company. */
export async function findRequestParty(companyId: string, db: Database = getDb()) {
  const [row] = await db
    .select({ id: companies.id, forumId: companies.forumId, status: companies.status, name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId))
    .limit(1);
  return row ?? null;
}
