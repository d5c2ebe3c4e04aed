import { stringify } from "csv-stringify/sync";
import type { ExportRow } from "@/db/report";
import type { Locale } from "@/lib/i18n/routing";
import { csvDialect, defuse } from "@/lib/oversight/exports";
import { formatTime } from "@/lib/time";

export const csvColumns = [
  "meeting_id", "day", "time", "table_number", "status", "absent",
  "company_a", "country_a", "company_b", "country_b",
  "outcome_a", "value_a", "currency_a", "note_a", "outcome_b", "value_b", "currency_b", "note_b",
] as const;

/** The words of the export in the organiser's language. */
export interface ReportCsvWords {
  headings: Record<(typeof csvColumns)[number], string>;
  status: (status: string) => string;
  outcome: (kind: string) => string;
  country: (code: string) => string;
  /** The absent side when neither came. */
  bothSides: string;
}

/**
 * The meetings as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Arabic
 * and Cyrillic names), CRLF line ends, times in the forum's zone, and every value in the
 * organiser's words (statuses, outcomes, countries; who was absent by name), with the
 * delimiter and decimal mark their spreadsheet expects.
 */
export function meetingsCsv(rows: readonly ExportRow[], words: ReportCsvWords, timeZone: string, locale: Locale): string {
  const { delimiter, decimal } = csvDialect(locale);
  const amount = (value: string | null) => (value ?? "").replace(".", decimal);
  const records = rows.map((r) => {
    const absent = r.absent === "a" ? r.company_a : r.absent === "b" ? r.company_b : r.absent === "both" ? words.bothSides : "";
    const values: Record<(typeof csvColumns)[number], string> = {
      meeting_id: r.meeting_id,
      day: r.day,
      time: formatTime(new Date(r.starts_at), "en", timeZone),
      table_number: String(r.table_number),
      status: words.status(r.status),
      absent,
      company_a: r.company_a,
      country_a: words.country(r.country_a.trim()),
      company_b: r.company_b,
      country_b: words.country(r.country_b.trim()),
      outcome_a: r.outcome_a ? words.outcome(r.outcome_a) : "",
      value_a: amount(r.value_a),
      currency_a: r.currency_a?.trim() ?? "",
      note_a: r.note_a ?? "",
      outcome_b: r.outcome_b ? words.outcome(r.outcome_b) : "",
      value_b: amount(r.value_b),
      currency_b: r.currency_b?.trim() ?? "",
      note_b: r.note_b ?? "",
    };
    return csvColumns.map((c) => defuse(values[c]));
  });
  return `\uFEFF${stringify([csvColumns.map((c) => words.headings[c]), ...records], { record_delimiter: "windows", delimiter })}`;
}
