import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";

export default function Forbidden() {
  const t = useTranslations("errors");
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-2">{t("forbiddenBody")}</p>
      <Link href="/" className="mt-4 inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
        {t("backHome")}
      </Link>
    </Card>
  );
}
