import { stringify } from "csv-stringify/sync";
import type { ExportRow } from "@/db/report";
import { formatTime } from "@/lib/time";

export const csvColumns = [
  "meeting_id", "day", "time", "table_number", "status", "absent",
  "company_a", "country_a", "company_b", "country_b",
  "outcome_a", "value_a", "currency_a", "note_a", "outcome_b", "value_b", "currency_b", "note_b",
] as const;

/** A cell a spreadsheet would run as a formula is kept as text. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The meetings as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Arabic
 * and Cyrillic names), CRLF line ends, times in the forum's zone.
 */
export function meetingsCsv(rows: readonly ExportRow[], headings: Record<(typeof csvColumns)[number], string>, timeZone: string): string {
  const records = rows.map((r) => {
    const values: Record<(typeof csvColumns)[number], string> = {
      meeting_id: r.meeting_id,
      day: r.day,
      time: formatTime(new Date(r.starts_at), "en", timeZone),
      table_number: String(r.table_number),
      status: r.status,
      absent: r.absent ?? "",
      company_a: r.company_a,
      country_a: r.country_a.trim(),
      company_b: r.company_b,
      country_b: r.country_b.trim(),
      outcome_a: r.outcome_a ?? "",
      value_a: r.value_a ?? "",
      currency_a: r.currency_a?.trim() ?? "",
      note_a: r.note_a ?? "",
      outcome_b: r.outcome_b ?? "",
      value_b: r.value_b ?? "",
      currency_b: r.currency_b?.trim() ?? "",
      note_b: r.note_b ?? "",
    };
    return csvColumns.map((c) => neutralise(values[c]));
  });
  return `\uFEFF${stringify([csvColumns.map((c) => headings[c]), ...records], { record_delimiter: "windows" })}`;
}
