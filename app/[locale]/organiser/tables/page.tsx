import type { Metadata } from "next";
import type { CSSProperties } from "react";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import "@/components/organiser/setup/table-list.css";
import { AddTablesForm } from "@/components/organiser/setup/add-tables-form";
import { RoomForm } from "@/components/organiser/setup/room-form";
import { SimpleAction } from "@/components/organiser/setup/simple-action";
import { TABLES_PER_PAGE } from "@/components/organiser/setup/table-pages";
import { TableRows } from "@/components/organiser/setup/table-rows";
import { Card } from "@/components/ui/card";
import { LazyDetails } from "@/components/ui/lazy-details";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentForum } from "@/db/forums";
import { listRooms, listTables } from "@/db/venue";
import { requireOrganiser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { addTablesAction, deleteRoomAction, saveRoomAction } from "./actions";

const querySchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "venue" });
  return { title: t("title") };
}

/** A CSS string, for the labels the phone layout of the list draws from (table-list.css). */
const cssString = (text: string) => JSON.stringify(text);

export default async function TablesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/tables");
  const [t, forum, query] = await Promise.all([getTranslations("venue"), getCurrentForum(), searchParams]);
  if (!forum) return null;
  // Every table is read (rooms count theirs, numbering goes on from the last); a page of them is shown.
  const [rooms, tables] = await Promise.all([listRooms(forum.id), listTables(forum.id)]);
  const pageCount = Math.max(1, Math.ceil(tables.length / TABLES_PER_PAGE));
  const page = Math.min(querySchema.parse(query).page, pageCount);
  const shown = tables.slice((page - 1) * TABLES_PER_PAGE, page * TABLES_PER_PAGE);
  const roomIndex = new Map(rooms.map((r, i) => [r.id, i]));
  const number = new Intl.NumberFormat(locale);
  const nextNumber = (tables.at(-1)?.number ?? 0) + 1;
  const roomOptions = rooms.map((r) => ({ value: r.id, label: localized(r.name, locale) }));
  const tablePath = getPathname({ href: "/organiser/tables", locale });
  const labels = { "--tb-number": cssString(t("number")), "--tb-zone": cssString(t("zone")), "--tb-meetings": cssString(t("liveMeetings")) } as CSSProperties;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card aria-labelledby="rooms-title">
        <h2 id="rooms-title" className="text-xl font-semibold">
          {t("rooms")}
        </h2>
        <ul className="mt-3 flex flex-col gap-3">
          {rooms.map((room) => {
            const name = localized(room.name, locale);
            const count = tables.filter((tb) => tb.roomId === room.id).length;
            return (
              <li key={room.id} className="rounded-lg border border-slate-200 p-3">
                <h3 className="font-semibold">{name}</h3>
                <p className="text-sm text-slate-700">
                  {room.capacity ? t("capacityOf", { capacity: number.format(room.capacity) }) : t("noCapacity")} · {t("tableCount", { count })}
                </p>
                <LazyDetails className="mt-1" summaryClassName="inline-flex min-h-11 cursor-pointer items-center font-semibold text-emerald-900" summary={t("editRoom")}>
                  <RoomForm action={saveRoomAction} room={{ id: room.id, name: room.name, capacity: room.capacity }} />
                </LazyDetails>
                {count === 0 && <SimpleAction action={deleteRoomAction} fields={{ roomId: room.id }} label={t("deleteRoom")} ariaLabel={t("deleteRoomNamed", { name })} />}
              </li>
            );
          })}
        </ul>
        <LazyDetails className="mt-3" summaryClassName="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold" summary={t("newRoom")}>
          <RoomForm action={saveRoomAction} />
        </LazyDetails>
      </Card>

      <Card aria-labelledby="tables-title">
        <h2 id="tables-title" className="text-xl font-semibold">
          {t("tables")}
        </h2>
        <p className="text-slate-700">{t("tablesIntro", { active: tables.filter((tb) => tb.active).length, total: tables.length })}</p>
        {rooms.length > 0 && (
          <LazyDetails className="mt-3" summaryClassName="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold" summary={t("newTables")}>
            <AddTablesForm action={addTablesAction} rooms={roomOptions} nextNumber={nextNumber} />
          </LazyDetails>
        )}
        {/* Rows carry no classes of their own: table-list.css styles them, a table on a laptop, a card each on a phone. */}
        <table className="tb-list mt-3" style={labels}>
          <caption className="sr-only">{pageCount > 1 ? `${t("tables")}, ${t("pageOf", { page, pageCount })}` : t("tables")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("number")}</th>
              <th scope="col">{t("zone")}</th>
              <th scope="col">{t("room")}</th>
              <th scope="col">{t("liveMeetings")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">
                <span className="sr-only">{t("edit")}</span>
              </th>
            </tr>
          </thead>
          <TableRows rows={shown.map((tb) => [tb.id, tb.number, tb.zone, roomIndex.get(tb.roomId) ?? -1, tb.liveMeetings, tb.active])} rooms={roomOptions.map((r) => r.label)} base={tablePath} />
        </table>
        <div className="mt-3">
          <Pagination
            page={page}
            pageCount={pageCount}
            hrefFor={(p) => `/organiser/tables?page=${p}`}
            labels={{ nav: t("pages"), previous: t("previousTables"), next: t("nextTables"), status: t("pageOf", { page, pageCount }) }}
          />
        </div>
      </Card>
    </div>
  );
}
