import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/client";
import { forumDays, forums, meetings, users, type User } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { ForumSettingsInput } from "@/lib/schemas/forum-settings";

/** The demo forum, its organiser and a participant, on a freshly seeded database. */
export async function seededForum(db: Database) {
  await seedDemo(db);
  const forum = (await db.select().from(forums))[0]!;
  const organiser = (await db.select().from(users).where(eq(users.role, "organiser")))[0]! as User;
  const participant = (await db.select().from(users).where(eq(users.email, "karim.haddad@demo.passerelle.test")))[0]! as User;
  return { forumId: forum.id, organiser, participant };
}

/** The forum's settings as the settings form would send them back unchanged. */
export async function currentSettings(db: Database, forumId: string): Promise<ForumSettingsInput> {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId));
  const days = await db.select().from(forumDays).where(eq(forumDays.forumId, forumId)).orderBy(asc(forumDays.day));
  const f = forum!;
  return {
    version: f.version,
    name: { fr: f.name.fr!, ar: f.name.ar!, ru: f.name.ru!, en: f.name.en! },
    city: { fr: f.city.fr!, ar: f.city.ar!, ru: f.city.ru!, en: f.city.en! },
    timeZone: f.timeZone,
    startsOn: f.startsOn,
    endsOn: f.endsOn,
    countryA: f.countryA,
    countryB: f.countryB,
    slotMinutes: f.slotMinutes,
    bookingMode: f.bookingMode,
    selfBookingClosesAt: f.selfBookingClosesAt,
    meetingCap: f.meetingCap,
    days: days.map((d) => ({ day: d.day, b2bStartsAt: d.b2bStartsAt, b2bEndsAt: d.b2bEndsAt })),
    cancelMeetings: false,
    confirmPastClose: false,
  };
}

export async function liveMeetings(db: Database, forumId: string) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.forumId, forumId), ne(meetings.status, "cancelled")));
}
