import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { rowsOf, type Database } from "@/db/client";
import { emailOutbox, type Forum } from "@/db/schema";
import { localized } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { pageLink } from "@/lib/notifications/links";
import { formatDay, formatTimeRange, zoneLabel } from "@/lib/time";

interface SeatRow {
  userId: string;
  email: string;
  locale: string;
  fullName: string;
  startsAt: string | Date;
  endsAt: string | Date;
  tableNumber: number;
  partner: string;
}

/**
 * One e-mail per delegate seated at the proposal's new meetings, listing all of them, in the
 * delegate's language; written in the publishing transaction. Returns how many.
 */
export async function enqueueScheduleEmails(proposalId: string, forum: Forum, db: Database): Promise<number> {
  const seats = rowsOf<SeatRow>(
    await db.execute(sql`
      select u.id as "userId", u.email, u.locale, u.full_name as "fullName", s.starts_at as "startsAt", s.ends_at as "endsAt",
        t.number as "tableNumber", p.name as partner
      from scheduler_proposal_meetings pm
      join meetings m on m.request_id = pm.request_id and m.status <> 'cancelled'
      join meeting_attendees a on a.meeting_id = m.id and a.active
      join users u on u.id = a.user_id
      join slots s on s.id = m.slot_id
      join meeting_tables t on t.id = m.table_id
      join companies p on p.id = case when a.company_id = m.company_a_id then m.company_b_id else m.company_a_id end
      where pm.proposal_id = ${proposalId}
      order by u.id, s.starts_at`),
  );
  const byUser = new Map<string, SeatRow[]>();
  for (const seat of seats) byUser.set(seat.userId, [...(byUser.get(seat.userId) ?? []), seat]);
  const translators = new Map<Locale, (key: string, values?: Record<string, string | number>) => string>();
  const translatorFor = async (locale: Locale) => {
    let t = translators.get(locale);
    if (!t) {
      const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "schedulerEmails" });
      t = translate as unknown as (key: string, values?: Record<string, string | number>) => string;
      translators.set(locale, t);
    }
    return t;
  };

  // Date formatters are slow to build: each slot is worded once per language, not once per line.
  const when = new Map<string, { day: string; range: string }>();
  const wordingOf = (seat: SeatRow, locale: Locale) => {
    const startsAt = new Date(seat.startsAt);
    const key = `${locale}|${startsAt.getTime()}`;
    let wording = when.get(key);
    if (!wording) {
      wording = {
        day: formatDay(startsAt, locale, forum.timeZone),
        range: formatTimeRange(startsAt, new Date(seat.endsAt), locale, forum.timeZone),
      };
      when.set(key, wording);
    }
    return wording;
  };
  const zones = new Map<Locale, string>();

  const rows: (typeof emailOutbox.$inferInsert)[] = [];
  for (const mine of byUser.values()) {
    const first = mine[0]!;
    const locale: Locale = isLocale(first.locale) ? first.locale : "fr";
    const t = await translatorFor(locale);
    const lines = mine.map((seat) => t("line", { ...wordingOf(seat, locale), table: Number(seat.tableNumber), partner: seat.partner }));
    const zone = zones.get(locale) ?? zoneLabel(localized(forum.city, locale), forum.timeZone, new Date(first.startsAt));
    zones.set(locale, zone);
    const values = { name: first.fullName, count: mine.length, zone, list: lines.join("\n") };
    rows.push({
      toEmail: first.email,
      locale,
      kind: "meetingsScheduled",
      subject: t("subject", values),
      body: `${t("greeting", values)}\n\n${t("body", values)}\n\n${t("openLink", { link: pageLink(locale, "/schedule") })}\n\n${t("signature", values)}`,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(emailOutbox).values(rows.slice(i, i + 500));
  return rows.length;
}
