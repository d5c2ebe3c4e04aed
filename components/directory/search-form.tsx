import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { DIRECTORY_QUERY_MAX } from "@/lib/schemas/directory";
import { SelectField } from "@/components/ui/form-fields";

export interface FilterOption {
  value: string;
  /** Already translated, with its count, e.g. "Algeria (120)". */
  label: string;
}

/** One directory filter; "" means any value. */
export interface DirectoryFilter {
  name: "country" | "sector" | "lookingFor";
  label: string;
  anyLabel: string;
  options: FilterOption[];
  value: string;
  error?: string;
}

/**
 * The directory's search: a plain GET form, so it works without JavaScript and the whole
 * query lives in the URL, ready to share.
 */
export function DirectorySearchForm({
  action,
  q,
  qError,
  filters,
  labels,
}: {
  action: string;
  q: string;
  qError?: string;
  filters: DirectoryFilter[];
  labels: { search: string; hint: string; submit: string; filters: string; apply: string; clear: string };
}) {
  const errorId = qError ? "directory-q-error" : undefined;
  // Folded away until used, so a phone shows results under the search box; open while a filter is set.
  const open = filters.some((filter) => filter.value !== "" || filter.error);
  return (
    <form role="search" action={action} method="get" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-1">
        <label htmlFor="directory-q" className="font-medium text-slate-900">
          {labels.search}
        </label>
        <p id="directory-q-hint" className="text-sm text-slate-600">
          {labels.hint}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="directory-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={DIRECTORY_QUERY_MAX}
            dir="auto"
            autoComplete="off"
            aria-invalid={errorId ? true : undefined}
            aria-describedby={["directory-q-hint", errorId].filter(Boolean).join(" ")}
            className="min-h-11 min-w-0 flex-1 basis-40 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500 aria-invalid:border-red-700"
          />
          <button type="submit" className={buttonClasses("primary")}>
            {labels.submit}
          </button>
        </div>
        {errorId && (
          <p id={errorId} className="text-sm font-medium text-red-800">
            {qError}
          </p>
        )}
      </div>
      <details open={open}>
        <summary className="min-h-11 cursor-pointer rounded-lg py-2.5 font-semibold text-emerald-900 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500">
          {labels.filters}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {filters.map((filter) => (
            <SelectField
              key={filter.name}
              name={filter.name}
              label={filter.label}
              emptyOption={filter.anyLabel}
              options={filter.options}
              defaultValue={filter.value}
              errors={filter.error ? [filter.error] : undefined}
            />
          ))}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClasses("secondary")}>
            {labels.apply}
          </button>
          <Link href="/companies" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
            {labels.clear}
          </Link>
        </div>
      </details>
    </form>
  );
}
