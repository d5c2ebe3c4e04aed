import { Link } from "@/lib/i18n/navigation";

/** The forum's days as links that keep the page's other choices; the current one is marked. */
export function OversightDayNav({ days, selected, label }: { days: { day: string; label: string; href: string }[]; selected: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {days.map(({ day, label: dayLabel, href }) => (
          <li key={day}>
            <Link
              href={href}
              aria-current={day === selected ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-lg border-2 border-slate-500 bg-white px-4 py-2 font-semibold text-emerald-950 hover:bg-slate-100 aria-[current=page]:border-emerald-900 aria-[current=page]:bg-emerald-900 aria-[current=page]:text-white"
            >
              {dayLabel}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
