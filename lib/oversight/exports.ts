import { stringify } from "csv-stringify/sync";
import { createTranslator } from "next-intl";
import { getDb, type Database } from "@/db/client";
import { exportCompanyRows, exportDelegateRows, exportMeetingRows, exportRequestRows } from "@/db/exports";
import { getForumOverview } from "@/db/forums";
import type { Forum } from "@/db/schema";
import { countryName, localized } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { ExportKind } from "@/lib/schemas/oversight";
import { zoneLabel } from "@/lib/time";
import { utcToZoned } from "@/lib/time-input";

type Translate = (key: string, values?: Record<string, string>) => string;

/** "2026-12-08 10:00" in the forum's zone: sortable, and what a spreadsheet reads as a date. */
function stamp(at: Date | null, timeZone: string): string {
  if (!at) return "";
  const { day, time } = utcToZoned(at, timeZone);
  return `${day} ${time}`;
}

async function table(kind: ExportKind, forum: Forum, locale: Locale, t: Translate, db: Database): Promise<string[][]> {
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const at = (key: string) => t(`columns.${key}`, { zone });
  const yesNo = (value: boolean) => t(value ? "yes" : "no");
  const country = (code: string) => countryName(code.trim(), locale);
  switch (kind) {
    case "companies": {
      const [rows, { sectors }] = await Promise.all([exportCompanyRows(forum.id, db), getForumOverview(forum.id, db)]);
      const sectorName = (id: string) => localized(sectors.find((s) => s.id === id)?.name, locale);
      return [
        ["name", "country", "city", "status", "sectors", "lookingFor", "size", "website", "delegates"].map(at).concat(at("registeredAt")),
        ...rows.map((r) => [
          r.name,
          country(r.country),
          r.city,
          t(`companyStatus.${r.status}`),
          r.sectorIds.map(sectorName).join("; "),
          r.lookingFor.map((l) => t(`lookingFor.${l}`)).join("; "),
          r.size ? t(`size.${r.size}`) : "",
          r.website ?? "",
          String(r.delegates),
          stamp(r.createdAt, forum.timeZone),
        ]),
      ];
    }
    case "delegates": {
      const rows = await exportDelegateRows(forum.id, db);
      const language = new Intl.DisplayNames([locale], { type: "language" });
      return [
        ["company", "country", "fullName", "jobTitle", "email", "languages", "mainContact", "checkedInDays"].map(at),
        ...rows.map((r) => [
          r.company,
          country(r.country),
          r.fullName,
          r.jobTitle ?? "",
          r.email,
          r.languages.map((l) => language.of(l) ?? l).join("; "),
          yesNo(r.mainContact),
          r.checkedInDays.join("; "),
        ]),
      ];
    }
    case "requests": {
      const rows = await exportRequestRows(forum.id, db);
      return [
        ["from", "to", "status", "message", "sentAt", "answeredAt"].map(at),
        ...rows.map((r) => [r.from, r.to, t(`requestStatus.${r.status}`), r.message, stamp(r.createdAt, forum.timeZone), stamp(r.respondedAt, forum.timeZone)]),
      ];
    }
    case "meetings": {
      const rows = await exportMeetingRows(forum.id, db);
      return [
        ["startsAt", "endsAt", "table", "companyA", "companyB", "status", "interpreter", "delegatesA", "delegatesB"].map(at),
        ...rows.map((r) => [
          stamp(r.startsAt, forum.timeZone),
          stamp(r.endsAt, forum.timeZone),
          String(r.table),
          r.a,
          r.b,
          t(`meetingStatus.${r.status}`),
          yesNo(r.interpreterNeeded),
          r.delegatesA.join("; "),
          r.delegatesB.join("; "),
        ]),
      ];
    }
  }
}

/**
 * How the organiser's spreadsheet reads a CSV file opened with a double click: Excel set up
 * for French, Russian or Algerian Arabic splits columns at ";" and reads "1500,5" as a number;
 * in English, "," and "1500.5".
 */
export function csvDialect(locale: Locale): { delimiter: "," | ";"; decimal: "." | "," } {
  return locale === "en" ? { delimiter: ",", decimal: "." } : { delimiter: ";", decimal: "," };
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * One of the forum's lists as CSV: UTF-8 with a byte order mark, so spreadsheets open Arabic
 * and Cyrillic names as written; headings and statuses in the organiser's language.
 */
export async function buildExport(kind: ExportKind, forum: Forum, locale: Locale, db: Database = getDb()): Promise<{ csv: string; fileName: string }> {
  const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "oversightExport" });
  const t = translate as unknown as Translate;
  const rows = await table(kind, forum, locale, t, db);
  return { csv: stringify(rows.map((row) => row.map(defuse)), { bom: true, record_delimiter: "\r\n", delimiter: csvDialect(locale).delimiter }), fileName: `${forum.slug}-${kind}.csv` };
}

export function csvDownload(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
