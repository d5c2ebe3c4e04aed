import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { needsInterpreter } from "../../lib/booking/interpreter";
import { setBookmark } from "../agenda";
import type { Database } from "../client";
import { delegatesOf, insertMeeting } from "../meetings";
import { insertRequest, transitionRequest } from "../requests";
import { agendaSessions, companies, companySectors, meetingTables, sectors, slots, users } from "../schema";
import { DEMO_EMAIL_DOMAIN, demoAccounts } from "./demo-accounts";
import { algiersTime, demoForumDays, type SectorCode } from "./demo-forum";

const [day1, day2] = demoForumDays.map((d) => d.day) as [string, string];

interface MeetingPlan {
  account: string;
  partnerCountry: "DZ" | "RU";
  sector: SectorCode;
  /** Every meeting of one account sits at its own table, so the plans never collide. */
  table: number;
  at: [day: string, hhmm: string][];
  /** Which of these meetings (by index) go to a partner sharing no language, to show the flag. */
  interpreter?: number[];
}

/**
 * Booked meetings that bring the demo schedules to life. Never between Ivan and Amina or
 * Elena and Karim: the end-to-end journeys send those requests themselves. Partners are the
 * first fitting companies by name, so the result is the same at every seed.
 */
export const demoMeetingPlans: readonly MeetingPlan[] = [
  { account: "ivan.petrov", partnerCountry: "DZ", sector: "pharma_health", table: 12, at: [[day1, "10:00"], [day1, "11:30"], [day1, "15:00"], [day2, "10:00"]], interpreter: [2] },
  { account: "amina.benali", partnerCountry: "RU", sector: "pharma_health", table: 14, at: [[day1, "14:30"], [day2, "11:00"]] },
  { account: "elena.smirnova", partnerCountry: "DZ", sector: "digital_tech", table: 27, at: [[day1, "10:30"], [day2, "14:00"]] },
  { account: "karim.haddad", partnerCountry: "RU", sector: "renewable_energy", table: 45, at: [[day1, "16:00"]] },
];

/**
 * Accepted requests left without a meeting, for a delegate to book a slot (the booking
 * journey, the load bench). The partner is the first fitting company by name not met yet.
 */
export const demoRequestsToBook: readonly { account: string; partnerCountry: "DZ" | "RU"; sector: SectorCode }[] = [
  { account: "delegate.0255.1", partnerCountry: "DZ", sector: "agri_food" },
  { account: "delegate.0260.1", partnerCountry: "DZ", sector: "logistics" },
];

/** Sessions Ivan bookmarked, by their French title. */
export const ivanBookmarks = [
  "Séance plénière d'ouverture",
  "Plénière ministérielle : objectif 10 milliards de dollars d'échanges en 2030",
  "Transport et logistique : lignes maritimes et chaîne du froid",
];

/** The request's message, in the sender's usual language. */
const messages = {
  DZ: "Bonjour, nous serions heureux de vous rencontrer au forum d'Alger.",
  RU: "Здравствуйте! Будем рады встретиться с вами на форуме в Алжире.",
};

/** Approved companies of a country and sector, first by name, leaving out those given. */
async function partnerCandidates(forumId: string, plan: { partnerCountry: "DZ" | "RU"; sector: SectorCode }, excluded: string[], db: Database) {
  return db
    .select({ id: companies.id })
    .from(companies)
    .innerJoin(companySectors, eq(companySectors.companyId, companies.id))
    .innerJoin(sectors, and(eq(sectors.id, companySectors.sectorId), eq(sectors.code, plan.sector)))
    .where(
      and(
        eq(companies.forumId, forumId),
        eq(companies.country, plan.partnerCountry),
        eq(companies.status, "approved"),
        notInArray(companies.id, excluded),
      ),
    )
    .orderBy(asc(companies.name), asc(companies.createdAt))
    .limit(40);
}

/** Adds the demo meetings and bookmarks inside the seed's transaction. Returns how many meetings. */
export async function seedDemoMeetings(forumId: string, db: Database): Promise<number> {
  const accountEmails = demoAccounts.map((a) => a.email);
  const accountUsers = await db.select().from(users).where(inArray(users.email, accountEmails));
  const byAccount = new Map(accountUsers.map((u) => [u.email.split("@")[0]!, u]));
  const demoCompanyIds = accountUsers.map((u) => u.companyId).filter((id): id is string => !!id);
  const forumSlots = await db.select().from(slots).where(eq(slots.forumId, forumId));
  const tables = await db.select().from(meetingTables).where(eq(meetingTables.forumId, forumId));
  const used = new Set<string>();
  let count = 0;

  for (const plan of demoMeetingPlans) {
    const user = byAccount.get(plan.account);
    if (!user?.companyId) throw new Error(`demo account ${plan.account}@${DEMO_EMAIL_DOMAIN} has no company`);
    const table = tables.find((t) => t.number === plan.table);
    if (!table) throw new Error(`the demo forum has no table ${plan.table}`);
    const candidates = await partnerCandidates(forumId, plan, [...demoCompanyIds, ...used], db);
    const ownSide = await delegatesOf([user.companyId], db);
    const theirs = await delegatesOf(candidates.map((c) => c.id), db);
    const needs = (id: string) => needsInterpreter(ownSide, theirs.filter((d) => d.companyId === id));
    const partners: { id: string }[] = [];
    for (const i of plan.at.keys()) {
      const wanted = plan.interpreter?.includes(i);
      const next = candidates.find((c) => !partners.includes(c) && (wanted === undefined ? true : needs(c.id) === wanted));
      if (next) partners.push(next);
    }
    if (partners.length < plan.at.length) throw new Error(`not enough demo partners for ${plan.account}`);

    for (const [i, [day, hhmm]] of plan.at.entries()) {
      const partnerId = partners[i]!.id;
      used.add(partnerId);
      const startsAt = algiersTime(day, hhmm).getTime();
      const slot = forumSlots.find((s) => s.startsAt.getTime() === startsAt);
      if (!slot) throw new Error(`no demo slot at ${day} ${hhmm}`);
      // Half the requests come from the account, half from the partner: both lists have some.
      const [from, to] = i % 2 === 0 ? [user.companyId, partnerId] : [partnerId, user.companyId];
      const attendees = await delegatesOf([from, to], db);
      const sender = attendees.find((d) => d.companyId === from)!;
      const receiver = attendees.find((d) => d.companyId === to)!;
      const senderCountry = from === partnerId ? plan.partnerCountry : plan.partnerCountry === "DZ" ? "RU" : "DZ";
      const request = await insertRequest({ forumId, fromCompanyId: from, toCompanyId: to, createdBy: sender.id, message: messages[senderCountry] }, db);
      await transitionRequest(request.id, ["open"], { status: "accepted", respondedBy: receiver.id, respondedAt: new Date() }, db);
      await insertMeeting(
        {
          forumId,
          requestId: request.id,
          slotId: slot.id,
          tableId: table.id,
          companyAId: from,
          companyBId: to,
          interpreterNeeded: needsInterpreter(
            attendees.filter((d) => d.companyId === from),
            attendees.filter((d) => d.companyId === to),
          ),
          origin: "organiser",
          createdBy: sender.id,
          attendees: attendees.map((d) => ({ userId: d.id, companyId: d.companyId! })),
        },
        db,
      );
      count++;
    }
  }

  for (const plan of demoRequestsToBook) {
    const user = byAccount.get(plan.account);
    if (!user?.companyId) throw new Error(`demo account ${plan.account}@${DEMO_EMAIL_DOMAIN} has no company`);
    const [partner] = await partnerCandidates(forumId, plan, [...demoCompanyIds, ...used], db);
    if (!partner) throw new Error(`no demo partner for ${plan.account}`);
    used.add(partner.id);
    const [receiver] = await delegatesOf([partner.id], db);
    const request = await insertRequest({ forumId, fromCompanyId: user.companyId, toCompanyId: partner.id, createdBy: user.id, message: messages.RU }, db);
    await transitionRequest(request.id, ["open"], { status: "accepted", respondedBy: receiver!.id, respondedAt: new Date() }, db);
  }

  const ivan = byAccount.get("ivan.petrov");
  const sessions = await db.select({ id: agendaSessions.id, title: agendaSessions.title }).from(agendaSessions).where(eq(agendaSessions.forumId, forumId));
  for (const title of ivanBookmarks) {
    const session = sessions.find((s) => s.title.fr === title);
    if (!ivan || !session) throw new Error(`cannot bookmark the demo session ${title}`);
    await setBookmark(ivan.id, session.id, true, db);
  }
  return count;
}
