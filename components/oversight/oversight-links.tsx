import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { exportKinds } from "@/lib/schemas/oversight";

const linkClass = "inline-flex min-h-11 items-center font-semibold text-emerald-900 underline";

/** The console's oversight pages, print sheets and CSV files, from the organiser's home. */
export async function OversightLinks({ locale }: { locale: string }) {
  const t = await getTranslations("oversightLinks");
  return (
    <Card aria-labelledby="oversight-title">
      <h2 id="oversight-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 flex flex-col">
        <li>
          <Link href="/organiser/dashboard" className={linkClass}>
            {t("dashboard")}
          </Link>
        </li>
        <li>
          <Link href="/organiser/meetings" className={linkClass}>
            {t("meetings")}
          </Link>
        </li>
        <li>
          <Link href="/organiser/print/tables" className={linkClass}>
            {t("printTables")}
          </Link>
        </li>
        <li>
          <Link href="/organiser/print/programme" className={linkClass}>
            {t("printProgramme")}
          </Link>
        </li>
      </ul>
      <h3 className="mt-3 font-semibold">{t("exports")}</h3>
      <ul className="flex flex-wrap gap-x-6">
        {exportKinds.map((kind) => (
          <li key={kind}>
            {/* A file, not a page: a plain link, so the browser downloads it. */}
            <a href={`/${locale}/organiser/export/${kind}`} download className={linkClass}>
              {t(`export.${kind}`)}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
