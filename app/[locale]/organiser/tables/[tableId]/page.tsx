import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { tablesPageOf } from "@/components/organiser/setup/table-pages";
import { TableEditForm } from "@/components/organiser/setup/table-edit-form";
import { TableStateForm } from "@/components/organiser/setup/table-state-form";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { findTableRowInForum, listRooms } from "@/db/venue";
import { getCurrentUser, requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { zoneLabel } from "@/lib/time";
import { setTableStateAction, updateTableAction } from "../actions";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The table of the address, in the current forum: read once for the page and its title. */
const tableOf = cache(async (tableId: string) => {
  const forum = await getCurrentForum();
  if (!forum || !uuid.test(tableId)) return null;
  const table = await findTableRowInForum(tableId, forum.id);
  return table && { forum, table };
});

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale; tableId: string }> }): Promise<Metadata> {
  const { locale, tableId } = await params;
  const t = await getTranslations({ locale, namespace: "venue" });
  // A tab of its own among the tables'; only an organiser's names the table.
  const found = (await getCurrentUser())?.role === "organiser" ? await tableOf(tableId) : null;
  return { title: found ? t("tablePageTitle", { number: found.table.number }) : t("title") };
}

/** One table: its zone and room, and whether it is in use (its meetings move when it is not). */
export default async function TablePage({ params }: { params: Promise<{ locale: string; tableId: string }> }) {
  const locale = await pageLocale(params);
  const { tableId } = await params;
  await requireOrganiser(locale, `/organiser/tables/${tableId}`);
  const found = await tableOf(tableId);
  if (!found) notFound();
  const { forum, table } = found;
  const [t, rooms] = await Promise.all([getTranslations("venue"), listRooms(forum.id)]);
  const page = tablesPageOf(table.position);
  const backHref = page > 1 ? `/organiser/tables?page=${page}` : "/organiser/tables";
  const roomOptions = rooms.map((r) => ({ value: r.id, label: localized(r.name, locale) }));
  const roomName = roomOptions.find((r) => r.value === table.roomId)?.label;
  return (
    <div className="flex flex-col gap-4">
      <Link href={backHref} className="inline-flex min-h-11 items-center self-start font-semibold text-emerald-900 underline underline-offset-4">
        {t("backToTables")}
      </Link>
      <h1 className="text-2xl font-bold">{t("editTable", { number: table.number })}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("zone")}</dt>
        <dd>{table.zone ?? "—"}</dd>
        <dt className="font-medium">{t("room")}</dt>
        <dd>{roomName}</dd>
        <dt className="font-medium">{t("liveMeetings")}</dt>
        <dd>{t("liveMeetingsCount", { count: table.liveMeetings })}</dd>
        <dt className="font-medium">{t("state")}</dt>
        <dd className={table.active ? "font-medium text-emerald-900" : "font-medium text-slate-700"}>{table.active ? t("active") : t("inactive")}</dd>
      </dl>
      <Card aria-labelledby="place-title">
        <h2 id="place-title" className="mb-2 text-xl font-semibold">
          {t("tablePlace")}
        </h2>
        <TableEditForm action={updateTableAction} table={{ id: table.id, number: table.number, zone: table.zone, roomId: table.roomId }} rooms={roomOptions} backHref={backHref} />
      </Card>
      <Card aria-labelledby="state-title">
        <h2 id="state-title" className="mb-2 text-xl font-semibold">
          {t("state")}
        </h2>
        <TableStateForm
          action={setTableStateAction}
          tableId={table.id}
          number={table.number}
          active={table.active}
          timeZone={forum.timeZone}
          zone={zoneLabel(localized(forum.city, locale), forum.timeZone)}
          backHref={backHref}
        />
      </Card>
    </div>
  );
}
