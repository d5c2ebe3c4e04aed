import "@/components/oversight/print.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OversightDayNav } from "@/components/oversight/day-nav";
import { PrintBar } from "@/components/oversight/print-bar";
import { TableSheet } from "@/components/oversight/table-sheet";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { loadTableSheets, pickForumDay } from "@/lib/oversight/print-data";
import { printDayQuerySchema } from "@/lib/schemas/oversight";
import { formatDay, zoneLabel } from "@/lib/time";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "print" });
  return { title: t("tablesTitle") };
}

/** Every table with a meeting that day, a sheet each, a page break between them. */
export default async function AllTableSheetsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/print/tables");
  const forum = await getCurrentForum();
  if (!forum) notFound();
  const { days, day } = await pickForumDay(forum.id, printDayQuerySchema.parse(await searchParams).day);
  if (!day) notFound();
  const [t, data] = await Promise.all([getTranslations("print"), loadTableSheets(forum.id, day)]);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const dayLabel = formatDay(day, locale, forum.timeZone);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t("tablesTitle")} · {dayLabel}
      </h1>
      <div className="print-hidden flex flex-col gap-3">
        <OversightDayNav label={t("days")} selected={day} days={days.map((d) => ({ day: d, label: formatDay(d, locale, forum.timeZone), href: `/organiser/print/tables?day=${d}` }))} />
        <PrintBar label={t("print")} />
      </div>
      {data.tables.length === 0 && <p>{t("noMeetings")}</p>}
      {data.tables.map((table) => (
        <TableSheet
          key={table.id}
          table={table}
          dayLabel={dayLabel}
          zone={zone}
          slots={data.slots}
          meetings={data.meetings.filter((m) => m.tableId === table.id)}
          delegates={data.delegates}
          locale={locale}
          timeZone={forum.timeZone}
        />
      ))}
    </div>
  );
}
