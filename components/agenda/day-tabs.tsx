import { Link } from "@/lib/i18n/navigation";

/**
 * The forum's days as links (each day has its own URL, so a day can be shared and cached);
 * the current one carries aria-current.
 */
export function DayTabs({ days, selected, label }: { days: { day: string; label: string }[]; selected: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {days.map(({ day, label: dayLabel }) => {
          const current = day === selected;
          return (
            <li key={day}>
              <Link
                href={{ pathname: "/agenda", query: { day } }}
                aria-current={current ? "page" : undefined}
                className={[
                  "inline-flex min-h-11 items-center rounded-lg border-2 px-4 py-2 font-semibold",
                  "focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500",
                  current ? "border-emerald-900 bg-emerald-900 text-white" : "border-slate-500 bg-white text-emerald-950 hover:bg-slate-100",
                ].join(" ")}
              >
                {dayLabel}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
