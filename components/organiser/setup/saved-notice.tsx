"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/**
 * A table page's form, once saved: says so, and offers the way back to the list. The live
 * region is always there (empty until then), so screen readers announce the message.
 */
export function SavedNotice({ saved, message, backHref }: { saved: boolean; message: string; backHref: string }) {
  const t = useTranslations("venue");
  return (
    <div role="status" className={saved ? "flex flex-wrap items-center gap-x-3 rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
      {saved && (
        <>
          <span>{message}</span>
          <Link href={backHref} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4">
            {t("backToTables")}
          </Link>
        </>
      )}
    </div>
  );
}
