import { inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { meetingRequests, users } from "../schema";
import { planWaitingRequests } from "./demo-waiting-plan";

const greeting = "Bonjour, rencontrons-nous au forum d'Alger.";

/** Adds the waiting requests and the delegates' blocks inside the seed's transaction. Returns how many requests. */
export async function seedWaitingRequests(forumId: string, db: Database): Promise<number> {
  const plan = planWaitingRequests();
  const emails = [...new Set([...plan.requests.flatMap((r) => [r.from.email, r.to.email]), ...plan.blockedEverywhere, ...plan.blockedButTwo])];
  const people = await db.select({ id: users.id, email: users.email, companyId: users.companyId }).from(users).where(inArray(users.email, emails));
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const person = (email: string) => {
    const found = byEmail.get(email);
    if (!found?.companyId) throw new Error(`no demo delegate ${email}`);
    return found as { id: string; email: string; companyId: string };
  };
  const now = new Date();
  await db.insert(meetingRequests).values(
    plan.requests.map((r) => {
      const from = person(r.from.email);
      const to = person(r.to.email);
      return {
        forumId,
        fromCompanyId: from.companyId,
        toCompanyId: to.companyId,
        createdBy: from.id,
        message: greeting,
        status: "accepted" as const,
        respondedBy: to.id,
        respondedAt: now,
      };
    }),
  );

  // Blocks never cover a delegate's booked demo meeting (the database would refuse it).
  const block = async (emails: readonly string[], skipFirst: number) => {
    const ids = sql.join(emails.map((e) => sql`${person(e).id}::uuid`), sql`, `);
    await db.execute(sql`
      insert into unavailabilities (user_id, slot_id, during)
      select u.id, s.id, s.during from users u
      cross join (select id, during from slots where forum_id = ${forumId} order by starts_at offset ${skipFirst}) s
      where u.id in (${ids})
        and not exists (select 1 from meeting_attendees a where a.user_id = u.id and a.active and a.during && s.during)`);
  };
  await block(plan.blockedEverywhere, 0);
  await block(plan.blockedButTwo, 2);
  return plan.requests.length;
}
