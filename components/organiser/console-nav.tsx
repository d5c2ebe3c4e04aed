"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Every page of the organiser's console, in the order an organiser works through them. */
export const consoleLinks = [
  { href: "/organiser", key: "home" },
  { href: "/organiser/companies", key: "companies" },
  { href: "/organiser/scheduler", key: "scheduler" },
  { href: "/organiser/meetings", key: "meetings" },
  { href: "/organiser/settings", key: "settings" },
  { href: "/organiser/agenda", key: "agenda" },
  { href: "/organiser/tables", key: "tables" },
  { href: "/organiser/organisers", key: "organisers" },
  { href: "/organiser/audit", key: "audit" },
  { href: "/organiser/outbox", key: "outbox" },
  { href: "/organiser/reminders", key: "reminders" },
  { href: "/organiser/check-in", key: "checkIn" },
  { href: "/organiser/report", key: "report" },
] as const;

export type ConsoleLinkKey = (typeof consoleLinks)[number]["key"];

/** The link of the page shown: the longest href that the path starts with. */
export function currentConsoleLink(pathname: string): string | undefined {
  return consoleLinks
    .filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * One row that scrolls sideways on a phone and wraps on a laptop. On a phone the row is
 * scrolled to the page shown: its link would otherwise sit off-screen past the first few.
 */
export function ConsoleNav() {
  const t = useTranslations("consoleNav");
  const current = currentConsoleLink(usePathname());
  const row = useRef<HTMLElement>(null);
  useEffect(() => {
    const link = row.current?.querySelector('[aria-current="page"]');
    if (!row.current || !link) return;
    // Sideways only, and only the row: the page itself stays where it is.
    const rowBox = row.current.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    row.current.scrollBy({ left: linkBox.left + linkBox.width / 2 - (rowBox.left + rowBox.width / 2) });
  }, [current]);
  return (
    <nav ref={row} aria-label={t("label")} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4 pb-2 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 whitespace-nowrap sm:flex-wrap">
        {consoleLinks.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-emerald-950 hover:bg-slate-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500 aria-[current=page]:bg-emerald-900 aria-[current=page]:text-white"
            >
              {t(link.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
