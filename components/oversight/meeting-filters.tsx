import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import { Link } from "@/lib/i18n/navigation";

const control = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base";

/** A plain GET form: the filters live in the URL, so a filtered grid can be shared. */
export async function MeetingFilters({
  day,
  values,
  sectors,
  clearHref,
  filtered,
}: {
  day: string;
  values: { q: string; sector: string; interpreter: string };
  sectors: { id: string; name: string }[];
  clearHref: string;
  filtered: boolean;
}) {
  const t = await getTranslations("meetingGrid");
  return (
    <form method="get" role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="day" value={day} />
      <div className="flex flex-col gap-1">
        <label htmlFor="grid-q" className="font-medium">
          {t("company")}
        </label>
        <input id="grid-q" name="q" type="search" defaultValue={values.q} maxLength={100} className={control} />
      </div>
      <SelectField
        name="sector"
        label={t("sector")}
        emptyOption={t("anySector")}
        options={sectors.map((s) => ({ value: s.id, label: s.name }))}
        defaultValue={values.sector}
        className="max-w-72"
      />
      <SelectField
        name="interpreter"
        label={t("interpreterFilter")}
        emptyOption={t("either")}
        options={[
          { value: "yes", label: t("interpreterYes") },
          { value: "no", label: t("interpreterNo") },
        ]}
        defaultValue={values.interpreter}
      />
      <button type="submit" className={buttonClasses("primary")}>
        {t("apply")}
      </button>
      {filtered && (
        <Link href={clearHref} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
