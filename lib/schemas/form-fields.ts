/**
 * Helpers that read FormData (as an object) where each choice and each row field has a name
 * of its own: "sectors.energy" = "on", "offers.0.text" = "...". A failed submit can then echo
 * back every value, which one shared name per checkbox group would lose.
 */

/** More rows than any form shows: a bound on what a crafted request can make us read. */
export const MAX_ROWS = 30;

export interface FormRow {
  index: number;
  text: string;
  sector: string;
}

/** The suffixes of the ticked "prefix.suffix" checkboxes, in form order. */
export function collectFlags(form: Record<string, unknown>, prefix: string): string[] {
  const start = `${prefix}.`;
  return Object.keys(form)
    .filter((key) => key.startsWith(start) && typeof form[key] === "string" && form[key] !== "")
    .map((key) => key.slice(start.length));
}

/** The rows "prefix.N.text" / "prefix.N.sector", ordered by N; N has at most three digits. */
export function collectRows(form: Record<string, unknown>, prefix: string): FormRow[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(text|sector)$`);
  const rows = new Map<number, FormRow>();
  for (const [key, value] of Object.entries(form)) {
    const match = pattern.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { index, text: "", sector: "" };
    row[match[2] as "text" | "sector"] = value;
    rows.set(index, row);
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}
