import { getTranslations } from "next-intl/server";
import type { GridCompany, SeatedDelegate } from "@/db/meeting-grid";
import { countryName } from "@/lib/i18n/localized";

/** One side of a meeting: the company and the delegates who sit at it. */
export async function SeatedCompany({ company, delegates, locale, level = 3 }: { company: GridCompany; delegates: readonly SeatedDelegate[]; locale: string; level?: 3 | 4 }) {
  const t = await getTranslations("print");
  const language = new Intl.DisplayNames([locale], { type: "language" });
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div>
      <Heading className="font-semibold">
        <bdi>{company.name}</bdi> <span className="font-normal text-slate-700">· {countryName(company.country, locale)}</span>
      </Heading>
      <ul className="text-sm">
        {delegates.map((d) => (
          <li key={d.fullName}>
            <bdi>{d.fullName}</bdi>
            {d.jobTitle ? <>, <bdi>{d.jobTitle}</bdi></> : null}
            {d.languages.length ? <span className="text-slate-700"> — {t("speaks", { languages: d.languages.map((l) => language.of(l) ?? l).join(", ") })}</span> : null}
          </li>
        ))}
        {delegates.length === 0 && <li>{t("noDelegate")}</li>}
      </ul>
    </div>
  );
}
