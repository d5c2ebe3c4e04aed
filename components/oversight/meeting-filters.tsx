import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
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
      <div className="flex flex-col gap-1">
        <label htmlFor="grid-sector" className="font-medium">
          {t("sector")}
        </label>
        <select id="grid-sector" name="sector" defaultValue={values.sector} className={`${control} max-w-72`}>
          <option value="">{t("anySector")}</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="grid-interpreter" className="font-medium">
          {t("interpreterFilter")}
        </label>
        <select id="grid-interpreter" name="interpreter" defaultValue={values.interpreter} className={control}>
          <option value="">{t("either")}</option>
          <option value="yes">{t("interpreterYes")}</option>
          <option value="no">{t("interpreterNo")}</option>
        </select>
      </div>
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
