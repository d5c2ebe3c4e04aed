import "@/components/oversight/print.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintBar } from "@/components/oversight/print-bar";
import { SeatedCompany } from "@/components/oversight/seated-company";
import { findCompanyInForum } from "@/db/approvals";
import { getCurrentForum } from "@/db/forums";
import { listOrganiserMeetings, listSeatedDelegates } from "@/db/meeting-grid";
import { requireOrganiser } from "@/lib/auth/session";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "print" });
  return { title: t("companyTitle") };
}

/** A company's meetings over the whole forum, a day per sheet, to hand over at the desk. */
export default async function CompanySchedulePrintPage({ params }: { params: Promise<{ locale: string; companyId: string }> }) {
  const locale = await pageLocale(params);
  const { companyId } = await params;
  await requireOrganiser(locale, `/organiser/print/companies/${companyId}`);
  const forum = await getCurrentForum();
  if (!forum || !uuid.test(companyId)) notFound();
  const company = await findCompanyInForum(companyId, forum.id);
  if (!company) notFound();
  const [t, meetings] = await Promise.all([getTranslations("print"), listOrganiserMeetings(forum.id, { companyId })]);
  const delegates = await listSeatedDelegates(meetings.map((m) => m.id));
  const days = [...new Set(meetings.map((m) => m.day))];
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const time = (at: Date) => formatTime(at, locale, forum.timeZone);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t("companyTitle")}: <bdi>{company.name}</bdi>
      </h1>
      <p>
        {countryName(company.country, locale)} · <bdi>{company.city}</bdi> · {t("times", { zone })}
      </p>
      <PrintBar label={t("print")} />
      {meetings.length === 0 && <p>{t("noCompanyMeetings")}</p>}
      {days.map((day) => (
        <section key={day} className="print-sheet flex flex-col gap-2" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="text-xl font-bold">
            {formatDay(day, locale, forum.timeZone)}
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("time")}</th>
                <th scope="col">{t("place")}</th>
                <th scope="col">{t("partner")}</th>
              </tr>
            </thead>
            <tbody>
              {meetings
                .filter((m) => m.day === day)
                .map((m) => {
                  const partner = m.a.id === company.id ? m.b : m.a;
                  return (
                    <tr key={m.id}>
                      <th scope="row" className="whitespace-nowrap tabular-nums">
                        <bdi dir="ltr">{time(m.startsAt)}–{time(m.endsAt)}</bdi>
                      </th>
                      <td>
                        {t("tableHeading", { number: m.tableNumber })}
                        {m.tableZone ? ` · ${t("zoneOf", { zone: m.tableZone })}` : ""}
                        <span className="block text-sm">{localized(m.room, locale)}</span>
                        {m.interpreterNeeded && <span className="block text-xs font-semibold">{t("interpreter")}</span>}
                      </td>
                      <td>
                        <SeatedCompany company={partner} delegates={delegates.filter((d) => d.meetingId === m.id && d.companyId === partner.id)} locale={locale} />
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
