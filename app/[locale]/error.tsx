"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export interface PageErrorProps {
  /** From a server component, only its digest reaches the browser: the key to the server's log. */
  error: Error & { digest?: string };
  /** Fetches and renders the page again. */
  retry: () => void;
}

/**
 * A page that failed while rendering, in the reader's language, under the site's header: what
 * happened, that what was saved is safe, a way to try again and a way home, and the reference
 * an organiser can look up, instead of the framework's bare English "Application error".
 */
export default function PageError({ error, retry }: PageErrorProps) {
  const t = useTranslations("errors");
  const locale = useLocale();
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="text-2xl font-bold">{t("pageErrorTitle")}</h1>
      <p className="mt-2">{t("pageErrorBody")}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button onClick={retry}>{t("tryAgain")}</Button>
        {/* A full load: whatever failed starts afresh. */}
        <a href={`/${locale}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {t("backHome")}
        </a>
      </div>
      {error.digest && (
        <p className="mt-4 text-sm text-slate-700">
          {t("errorReference", { digest: error.digest })}
        </p>
      )}
    </Card>
  );
}
