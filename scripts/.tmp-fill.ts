import { and, asc, eq, notInArray } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { companies, meetingRequests, users } from "@/db/schema";
import { bookMeeting, freeSlotsForRequest } from "@/lib/booking/book";

async function main() {
  const h = openPostgres("postgres://postgres@127.0.0.1:5432/passerelle_e2e_3214", 4);
  const [ivan] = await h.db.select().from(users).where(eq(users.email, "ivan.petrov@demo.passerelle.test"));
  const taken = (await h.db.select({ a: meetingRequests.fromCompanyId, b: meetingRequests.toCompanyId }).from(meetingRequests)).flatMap((r) => [r.a, r.b]);
  const dz = await h.db.select({ id: companies.id }).from(companies).where(and(eq(companies.country, "DZ"), eq(companies.status, "approved"), notInArray(companies.id, taken))).orderBy(asc(companies.name)).limit(16);
  let n = 0;
  for (const c of dz) {
    const [r] = await h.db.insert(meetingRequests).values({ forumId: ivan!.companyId ? (await h.db.select().from(companies).where(eq(companies.id, c.id)))[0]!.forumId : "", fromCompanyId: c.id, toCompanyId: ivan!.companyId!, status: "accepted" }).returning();
    const free = await freeSlotsForRequest(ivan!, r!.id, h.db);
    if (!free[0]) continue;
    await bookMeeting(ivan!, { requestId: r!.id, slotId: free[0].id }, h.db);
    n++;
  }
  console.log("booked", n);
  await h.close();
}
void main();
