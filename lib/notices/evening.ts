import { asc, eq } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { delegatesMeetingOn, findRecipient, takeNoticeKey } from "@/db/notices";
import { listMeetingsOfUser } from "@/db/schedule";
import { forumDays, forums, type Forum } from "@/db/schema";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { localDay } from "@/lib/time";
import { emailZone, meetingWords } from "./lines";

/** The evening e-mail goes out from this hour, forum time. */
export const EVENING_HOUR = 18;

function hourIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(at));
}

export function nextDay(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The forum days whose evening e-mail is due: from EVENING_HOUR (forum time) on the day
 * before a forum day until midnight. One job per forum and day does the sending.
 */
export async function dueEveningRuns(now = new Date(), db: Database = getDb()): Promise<{ forumId: string; day: string }[]> {
  const all = await db.select({ forum: forums, day: forumDays.day }).from(forumDays).innerJoin(forums, eq(forums.id, forumDays.forumId)).orderBy(asc(forumDays.day));
  return all
    .filter(({ forum, day }) => hourIn(now, forum.timeZone) >= EVENING_HOUR && nextDay(localDay(now, forum.timeZone)) === day)
    .map(({ forum, day }) => ({ forumId: forum.id, day }));
}

/**
 * Each delegate meeting on `day` gets one e-mail with that day's meetings, in their language.
 * A key per delegate and day, taken in the e-mail's transaction, makes a second run (or a
 * second worker) write nothing, and lets a run cut short finish where it stopped.
 */
export async function sendEveningSchedules(forumId: string, day: string, db: Database = getDb()): Promise<number> {
  const [forum] = await db.select().from(forums).where(eq(forums.id, forumId)).limit(1);
  if (!forum) return 0;
  let sent = 0;
  for (const userId of await delegatesMeetingOn(forumId, day, db)) {
    const wrote = await db.transaction(async (tx) => {
      if (!(await takeNoticeKey(`evening:${userId}:${day}`, tx))) return false;
      return writeEveningEmail(forum, userId, day, tx);
    });
    if (wrote) sent++;
  }
  return sent;
}

async function writeEveningEmail(forum: Forum, userId: string, day: string, tx: Database): Promise<boolean> {
  const recipient = await findRecipient(userId, tx);
  const meetings = (await listMeetingsOfUser(userId, {}, tx)).filter((m) => m.day === day);
  if (!recipient || meetings.length === 0) return false;
  await enqueueEmails(
    "scheduleTomorrow",
    [recipient],
    ({ locale }, t) => {
      const first = meetingWords(meetings[0]!, locale, forum);
      return {
        day: first.day,
        zone: emailZone(forum, locale, meetings[0]!.startsAt),
        lines: meetings
          .map((m) => {
            // Where to go: the table with its zone of the hall.
            const words = { ...meetingWords(m, locale, forum), table: m.tableZone ? `${m.tableNumber} (${m.tableZone})` : String(m.tableNumber) };
            return `- ${t("lines.meeting", words)}${m.interpreterNeeded ? ` — ${t("lines.interpreter")}` : ""}`;
          })
          .join("\n"),
      };
    },
    tx,
  );
  return true;
}
