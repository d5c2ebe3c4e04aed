export interface FilterOption {
  value: string;
  /** Already translated, with its count, e.g. "Algeria (120)". */
  label: string;
}

/** One directory filter as a labelled select; "" means any value. */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  options,
  value,
  error,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  options: FilterOption[];
  value: string;
  error?: string;
}) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className="min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
