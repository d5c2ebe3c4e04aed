import type { DirectoryCompany } from "@/db/directory";
import { Link } from "@/lib/i18n/navigation";

/** One search result: the name links to the company page; texts written by companies are isolated for right-to-left pages. */
export function CompanyCard({
  company,
  country,
  sectors,
  lookingFor,
}: {
  company: DirectoryCompany;
  /** The country's name in the reader's language. */
  country: string;
  sectors: string;
  lookingFor: string;
}) {
  const titleId = `company-${company.id}`;
  return (
    <article aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={titleId} className="text-lg font-bold">
        <Link href={`/companies/${company.id}`} dir="auto" className="inline-flex min-h-11 items-center text-emerald-900 underline-offset-4 hover:underline focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500">
          {company.name}
        </Link>
      </h2>
      <p className="text-slate-700">
        <bdi>{company.city}</bdi> · {country}
      </p>
      {sectors && <p className="mt-1 text-sm text-slate-700">{sectors}</p>}
      {company.description && (
        <p dir="auto" className="mt-2 line-clamp-3 text-start">
          {company.description}
        </p>
      )}
      {lookingFor && <p className="mt-2 text-sm font-medium text-emerald-950">{lookingFor}</p>}
    </article>
  );
}
