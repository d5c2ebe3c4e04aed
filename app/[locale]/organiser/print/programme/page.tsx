import "@/components/oversight/print.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OversightDayNav } from "@/components/oversight/day-nav";
import { PrintBar } from "@/components/oversight/print-bar";
import { listAgendaSessions } from "@/db/agenda";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { localized, localizedList } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { pickForumDay } from "@/lib/oversight/print-data";
import { printDayQuerySchema } from "@/lib/schemas/oversight";
import { formatDay, formatTime, localDay, zoneLabel } from "@/lib/time";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "print" });
  return { title: t("programmeTitle") };
}

/** The day's programme on paper, for the venue's doors and desks. */
export default async function ProgrammePrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/print/programme");
  const forum = await getCurrentForum();
  if (!forum) notFound();
  const { days, day } = await pickForumDay(forum.id, printDayQuerySchema.parse(await searchParams).day);
  if (!day) notFound();
  const [t, tKinds, sessions] = await Promise.all([getTranslations("print"), getTranslations("print.kinds"), listAgendaSessions(forum.id)]);
  const today = sessions.filter((s) => localDay(s.startsAt, forum.timeZone) === day);
  const time = (at: Date) => formatTime(at, locale, forum.timeZone);
  const dayLabel = formatDay(day, locale, forum.timeZone);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t("programmeTitle")} · {localized(forum.name, locale)}
      </h1>
      <div className="print-hidden flex flex-col gap-3">
        <OversightDayNav label={t("days")} selected={day} days={days.map((d) => ({ day: d, label: formatDay(d, locale, forum.timeZone), href: `/organiser/print/programme?day=${d}` }))} />
        <PrintBar label={t("print")} />
      </div>
      <section className="print-sheet flex flex-col gap-2" aria-labelledby="programme-day">
        <h2 id="programme-day" className="text-xl font-bold">
          {dayLabel}
        </h2>
        <p>{t("times", { zone: zoneLabel(localized(forum.city, locale), forum.timeZone) })}</p>
        {today.length === 0 ? (
          <p>{t("noSessions")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("time")}</th>
                <th scope="col">{t("session")}</th>
                <th scope="col">{t("room")}</th>
              </tr>
            </thead>
            <tbody>
              {today.map((s) => {
                const speakers = localizedList(s.speakers, locale);
                return (
                  <tr key={s.id}>
                    <th scope="row" className="whitespace-nowrap tabular-nums">
                      <bdi dir="ltr">{time(s.startsAt)}–{time(s.endsAt)}</bdi>
                    </th>
                    <td>
                      <span className="block text-xs font-semibold uppercase">{tKinds(s.kind)}</span>
                      <span className="font-semibold">{localized(s.title, locale)}</span>
                      {speakers.length > 0 && <span className="block text-sm">{speakers.join(", ")}</span>}
                    </td>
                    <td>{s.room ? localized(s.room, locale) : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
