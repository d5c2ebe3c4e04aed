"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ITEM_TEXT_MAX, MAX_ITEMS_PER_KIND } from "@/lib/schemas/profile-limits";
import { SelectField } from "@/components/ui/form-fields";

const SPARE_ROWS = 2;
const noSubscription = () => () => {};

/** The row numbers present in the form values ("offers.3.text" → 3), plus a few empty ones. */
export function initialRows(values: Record<string, string>, kind: string, spare = SPARE_ROWS): number[] {
  const pattern = new RegExp(`^${kind}\\.(\\d+)\\.text$`);
  const taken = Object.keys(values)
    .map((key) => pattern.exec(key)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const rows = [...taken];
  for (let next = 0; rows.length < Math.min(MAX_ITEMS_PER_KIND, Math.max(taken.length + spare, 3)); next++) {
    if (!rows.includes(next)) rows.push(next);
  }
  return rows.sort((a, b) => a - b);
}

/**
 * Offers or needs as rows of a short text and a sector. Each row keeps its number in its
 * field names, so an error comes back to the right row. Without JavaScript, empty rows are
 * always offered (an empty row is dropped on save); with it, rows can be added and removed.
 */
export function ItemRows({
  kind,
  legend,
  hint,
  values,
  echoed,
  sectors,
  errors,
  field,
}: {
  kind: "offers" | "needs";
  legend: string;
  hint: string;
  values: Record<string, string>;
  /** The values are a failed submit's echo: its rows already include the empty ones. */
  echoed: boolean;
  sectors: readonly { value: string; label: string }[];
  errors?: string[];
  field: (name: string) => string[] | undefined;
}) {
  const t = useTranslations("companyForm");
  const [rows, setRows] = useState(() => initialRows(values, kind, echoed ? 0 : SPARE_ROWS));
  // Add and remove need JavaScript: show them only once it runs.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const add = () => setRows((current) => [...current, [...Array(current.length + 1).keys()].find((n) => !current.includes(n)) ?? current.length]);
  const rowLabel = (position: number) => t(kind === "offers" ? "offerRow" : "needRow", { number: position + 1 });
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="text-lg font-semibold text-slate-900">{legend}</legend>
      <p className="text-sm text-slate-600">{hint}</p>
      {errors?.length ? <p className="text-sm font-medium text-red-800">{errors.join(" ")}</p> : null}
      {rows.map((row, position) => (
        <fieldset key={row} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-3 sm:flex-row sm:items-start">
          <legend className="px-1 text-sm font-semibold text-slate-700">{rowLabel(position)}</legend>
          <Field
            label={t("itemText")}
            name={`${kind}.${row}.text`}
            dir="auto"
            defaultValue={values[`${kind}.${row}.text`] ?? ""}
            maxLength={ITEM_TEXT_MAX}
            errors={field(`${kind}.${row}.text`)}
            className="flex-1"
          />
          <SelectField
            label={t("itemSector")}
            name={`${kind}.${row}.sector`}
            defaultValue={values[`${kind}.${row}.sector`] ?? ""}
            options={[{ value: "", label: t("chooseSector") }, ...sectors]}
            errors={field(`${kind}.${row}.sector`)}
            className="sm:w-56"
          />
          {interactive && (
            <Button
              variant="ghost"
              className="self-start sm:mt-7"
              aria-label={t("removeRow", { row: rowLabel(position) })}
              onClick={() => setRows((current) => current.filter((n) => n !== row))}
            >
              {t("remove")}
            </Button>
          )}
        </fieldset>
      ))}
      {interactive && rows.length < MAX_ITEMS_PER_KIND && (
        <Button variant="secondary" className="self-start" onClick={add}>
          {t(kind === "offers" ? "addOffer" : "addNeed")}
        </Button>
      )}
    </fieldset>
  );
}
