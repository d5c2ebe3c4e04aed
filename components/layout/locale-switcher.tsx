"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

// Each language is named in itself, so a reader finds their own whatever the page's language.
const names: Record<Locale, string> = { fr: "Français", ar: "العربية", ru: "Русский", en: "English" };

export function LocaleSwitcher({ label, current }: { label: string; current: Locale }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-emerald-950 hover:underline aria-[current=true]:font-bold aria-[current=true]:underline focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500"
            >
              {names[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
