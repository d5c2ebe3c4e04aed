import { Link } from "@/lib/i18n/navigation";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** Builds the href of a page, keeping the rest of the query. */
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; status: string };
}

const linkClass =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-semibold text-emerald-950 hover:bg-slate-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500";

export function Pagination({ page, pageCount, hrefFor, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page">{labels.status}</p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
