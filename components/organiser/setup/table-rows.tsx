"use client";

import { useLocale, useTranslations } from "next-intl";

/** A table of the list: id, number, zone, index of its room, live meetings, in use. */
export type TableRowData = [id: string, number: number, zone: string | null, room: number, liveMeetings: number, active: boolean];

/**
 * The rows of the tables list, rendered from compact data: as server markup each row would
 * travel twice (in the HTML and again, as elements, in the React payload), and a forum has
 * hundreds of tables. Styled by table-list.css; each row links to its table's page.
 */
export function TableRows({ rows, rooms, base }: { rows: TableRowData[]; rooms: string[]; base: string }) {
  const t = useTranslations("venue");
  const number = new Intl.NumberFormat(useLocale());
  return (
    <tbody>
      {rows.map(([id, n, zone, room, live, active]) => (
        <tr key={n}>
          <th scope="row">{n}</th>
          <td>{zone ?? "—"}</td>
          <td>{rooms[room]}</td>
          <td>{number.format(live)}</td>
          <td className={active ? undefined : "tb-off"}>{active ? t("active") : t("inactive")}</td>
          <td>
            {/* A plain link: a client-side Link would prefetch every table's page. */}
            <a href={`${base}/${id}`} aria-label={t("editTable", { number: n })}>
              {t("edit")}
            </a>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
