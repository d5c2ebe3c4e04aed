import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export interface Figure {
  label: string;
  value: number;
  href?: string;
}

/** Key figures as a description list, each one a link to its list when there is one. */
export async function FigureList({ figures, locale }: { figures: readonly Figure[]; locale: string }) {
  const t = await getTranslations("dashboard");
  const number = new Intl.NumberFormat(locale);
  return (
    <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg bg-slate-100 p-3">
          <dt className="text-sm text-slate-700">{figure.label}</dt>
          <dd className="text-2xl font-bold">
            {figure.href ? (
              <Link href={figure.href} aria-label={t("figureLink", { label: figure.label, value: number.format(figure.value) })} className="inline-flex min-h-11 min-w-11 items-center text-emerald-900 underline">
                {number.format(figure.value)}
              </Link>
            ) : (
              number.format(figure.value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
