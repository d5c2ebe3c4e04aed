import "@/components/oversight/print.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintBar } from "@/components/oversight/print-bar";
import { TableSheet } from "@/components/oversight/table-sheet";
import { getCurrentForum } from "@/db/forums";
import { findTable } from "@/db/meetings";
import { requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { loadTableSheets, pickForumDay } from "@/lib/oversight/print-data";
import { printDayQuerySchema } from "@/lib/schemas/oversight";
import { formatDay, zoneLabel } from "@/lib/time";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "print" });
  return { title: t("tableTitle") };
}

/** One table's sheet for a day, to print and leave on the table. */
export default async function TableSheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; tableId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const { tableId } = await params;
  await requireOrganiser(locale, `/organiser/print/tables/${tableId}`);
  const forum = await getCurrentForum();
  if (!forum || !uuid.test(tableId)) notFound();
  const table = await findTable(tableId);
  if (!table || table.forumId !== forum.id) notFound();
  const { day } = await pickForumDay(forum.id, printDayQuerySchema.parse(await searchParams).day);
  if (!day) notFound();
  const [t, data] = await Promise.all([getTranslations("print"), loadTableSheets(forum.id, day, tableId)]);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const dayLabel = formatDay(day, locale, forum.timeZone);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t("tableTitle")} · {localized(forum.name, locale)}
      </h1>
      <PrintBar label={t("print")}>
        <Link href={`/organiser/meetings?day=${day}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {t("backToGrid")}
        </Link>
      </PrintBar>
      {data.tables.map((row) => (
        <TableSheet
          key={row.id}
          table={row}
          dayLabel={dayLabel}
          zone={zone}
          slots={data.slots}
          meetings={data.meetings}
          delegates={data.delegates}
          locale={locale}
          timeZone={forum.timeZone}
        />
      ))}
    </div>
  );
}
