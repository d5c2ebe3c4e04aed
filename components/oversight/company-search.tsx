import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/** Search the console's company list by name, within the status being shown. */
export async function CompanySearch({ status, q }: { status: string; q: string }) {
  const t = await getTranslations("companySearch");
  return (
    <form method="get" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="status" value={status} />
      <div className="flex flex-col gap-1">
        <label htmlFor="company-q" className="font-medium">
          {t("name")}
        </label>
        <input id="company-q" name="q" type="search" defaultValue={q} maxLength={100} className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base" />
      </div>
      <button type="submit" className={buttonClasses("primary")}>
        {t("submit")}
      </button>
    </form>
  );
}
