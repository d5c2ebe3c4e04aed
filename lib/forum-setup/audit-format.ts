import { formatDay, formatTime } from "@/lib/time";

/** One line of an audit entry: a field, what it was and what it became, as text. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const languageKeys = new Set(["fr", "ar", "ru", "en"]);

/** A stored value as a person reads it: instants in the forum's zone, texts per language. */
export function formatAuditValue(value: unknown, locale: string, timeZone: string, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? yesNo[0] : yesNo[1];
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  if (typeof value === "string") {
    if (isoInstant.test(value)) {
      const at = new Date(value);
      return `${formatDay(at, locale, timeZone)} ${formatTime(at, locale, timeZone)}`;
    }
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((v) => formatAuditValue(v, locale, timeZone, yesNo)).join(", ");
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "—";
    const texts = entries.every(([k]) => languageKeys.has(k));
    return entries.map(([k, v]) => `${texts ? k.toUpperCase() : k}: ${formatAuditValue(v, locale, timeZone, yesNo)}`).join(" · ");
  }
  return String(value);
}

/** The fields an entry touched, in a stable order, each with its value before and after. */
export function auditChanges(before: unknown, after: unknown, locale: string, timeZone: string, yesNo: [string, string]): AuditChange[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: field in b ? formatAuditValue(b[field], locale, timeZone, yesNo) : null,
    after: field in a ? formatAuditValue(a[field], locale, timeZone, yesNo) : null,
  }));
}
