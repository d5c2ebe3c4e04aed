import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BadgeQr } from "@/components/dayof/badge-qr";
import { Card } from "@/components/ui/card";
import { findBadgeHolder } from "@/db/badges";
import { getCurrentForum } from "@/db/forums";
import { requireUser } from "@/lib/auth/session";
import { badgeCodesFor } from "@/lib/badges/badges";
import { countryName, localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import "@/components/dayof/dayof.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "badge" });
  return { title: t("title") };
}

/** The delegate's badge on the phone: shown at the desk, scanned, and the person is in. */
export default async function BadgePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/badge");
  const [t, forum] = await Promise.all([getTranslations("badge"), getCurrentForum()]);
  const holder = forum ? await findBadgeHolder(forum.id, user.id) : null;
  if (!forum || !holder) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("noBadge")}</p>
      </div>
    );
  }
  const code = (await badgeCodesFor(forum.id, [user.id])).get(user.id)!;
  return (
    <div className="flex flex-col items-center gap-4 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{localized(forum.name, locale)}</p>
      <Card className="flex w-full max-w-sm flex-col items-center gap-3">
        <p className="text-2xl font-bold">
          <bdi>{holder.fullName}</bdi>
        </p>
        {holder.jobTitle && (
          <p>
            <bdi>{holder.jobTitle}</bdi>
          </p>
        )}
        <p className="font-semibold">
          <bdi>{holder.companyName}</bdi> · {countryName(holder.country, locale)}
        </p>
        <BadgeQr code={code} label={t("qrLabel", { name: holder.fullName })} size={240} />
        <dl className="flex flex-col items-center gap-1">
          <dt className="text-sm text-slate-700">{t("codeLabel")}</dt>
          <dd className="font-mono text-xl font-bold tracking-wider" dir="ltr">
            {code}
          </dd>
        </dl>
        {holder.checkedInAt && <p className="font-semibold text-emerald-900">{t("checkedIn")}</p>}
      </Card>
      <p className="max-w-sm text-slate-700">{t("intro")}</p>
    </div>
  );
}
