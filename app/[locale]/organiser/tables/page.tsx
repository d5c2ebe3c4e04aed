import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddTablesForm } from "@/components/organiser/setup/add-tables-form";
import { RoomForm } from "@/components/organiser/setup/room-form";
import { SimpleAction } from "@/components/organiser/setup/simple-action";
import { TableEditForm } from "@/components/organiser/setup/table-edit-form";
import { TableStateForm } from "@/components/organiser/setup/table-state-form";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { listRooms, listTables } from "@/db/venue";
import { requireOrganiser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { zoneLabel } from "@/lib/time";
import { addTablesAction, deleteRoomAction, saveRoomAction, setTableStateAction, updateTableAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "venue" });
  return { title: t("title") };
}

export default async function TablesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/tables");
  const [t, forum] = await Promise.all([getTranslations("venue"), getCurrentForum()]);
  if (!forum) return null;
  const [rooms, tables] = await Promise.all([listRooms(forum.id), listTables(forum.id)]);
  const roomName = (id: string) => localized(rooms.find((r) => r.id === id)?.name, locale);
  const number = new Intl.NumberFormat(locale);
  const nextNumber = (tables.at(-1)?.number ?? 0) + 1;
  const roomOptions = rooms.map((r) => ({ value: r.id, label: localized(r.name, locale) }));
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
                <details className="mt-1">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-emerald-900">{t("editRoom")}</summary>
                  <RoomForm action={saveRoomAction} room={{ id: room.id, name: room.name, capacity: room.capacity }} />
                </details>
                {count === 0 && <SimpleAction action={deleteRoomAction} fields={{ roomId: room.id }} label={t("deleteRoom")} ariaLabel={t("deleteRoomNamed", { name })} />}
              </li>
            );
          })}
        </ul>
        <details className="mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold">{t("newRoom")}</summary>
          <RoomForm action={saveRoomAction} />
        </details>
      </Card>

      <Card aria-labelledby="tables-title">
        <h2 id="tables-title" className="text-xl font-semibold">
          {t("tables")}
        </h2>
        <p className="text-slate-700">{t("tablesIntro", { active: tables.filter((tb) => tb.active).length, total: tables.length })}</p>
        {rooms.length > 0 && (
          <details className="mt-3">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold">{t("newTables")}</summary>
            <AddTablesForm action={addTablesAction} rooms={roomOptions} nextNumber={nextNumber} />
          </details>
        )}
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-start">
            <caption className="sr-only">{t("tables")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2 text-start">{t("number")}</th>
                <th scope="col" className="p-2 text-start">{t("zone")}</th>
                <th scope="col" className="p-2 text-start">{t("room")}</th>
                <th scope="col" className="p-2 text-start">{t("liveMeetings")}</th>
                <th scope="col" className="p-2 text-start">{t("state")}</th>
              </tr>
            </thead>
            <tbody>
              {tables.map((table) => (
                <tr key={table.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-start">
                    {table.number}
                  </th>
                  <td className="p-2">{table.zone ?? "—"}</td>
                  <td className="p-2">
                    {roomName(table.roomId)}
                    <TableEditForm action={updateTableAction} table={{ id: table.id, number: table.number, zone: table.zone, roomId: table.roomId }} rooms={roomOptions} />
                  </td>
                  <td className="p-2">{number.format(table.liveMeetings)}</td>
                  <td className="p-2">
                    <p className={table.active ? "font-medium text-emerald-900" : "font-medium text-slate-700"}>{table.active ? t("active") : t("inactive")}</p>
                    <TableStateForm action={setTableStateAction} tableId={table.id} number={table.number} active={table.active} timeZone={forum.timeZone} zone={zoneLabel(localized(forum.city, locale), forum.timeZone)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
