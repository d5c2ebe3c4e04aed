import { count, eq } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { companies, users } from "./schema";

export async function getOrganiserCounts(forumId: string, db: Database = getDb()) {
  const [statusRows, delegateRows] = await Promise.all([
    db
      .select({ status: companies.status, n: count() })
      .from(companies)
      .where(eq(companies.forumId, forumId))
      .groupBy(companies.status),
    db
      .select({ n: count() })
      .from(users)
      .innerJoin(companies, eq(users.companyId, companies.id))
      .where(eq(companies.forumId, forumId)),
  ]);
  const byStatus = (status: string) => statusRows.find((r) => r.status === status)?.n ?? 0;
  return {
    approved: byStatus("approved"),
    pending: byStatus("pending"),
    rejected: byStatus("rejected"),
    delegates: delegateRows[0]?.n ?? 0,
  };
}
