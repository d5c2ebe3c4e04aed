import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OversightLinks } from "@/components/oversight/oversight-links";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { getOrganiserCounts } from "@/db/organiser";
import { requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organiser" });
  return { title: t("title") };
}

export default async function OrganiserHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser");
  const [t, tApprovals, tOutbox, tReminders, tDay, tScheduler, forum] = await Promise.all([
    getTranslations("organiser"),
    getTranslations("approvals"),
    getTranslations("outbox"),
    getTranslations("reminders"),
    getTranslations("dayofLinks"),
    getTranslations("scheduler"),
    getCurrentForum(),
  ]);
  const counts = forum ? await getOrganiserCounts(forum.id) : null;
  const number = new Intl.NumberFormat(locale);
  const figures = counts
    ? [
        { label: t("approved"), value: counts.approved },
        { label: t("pending"), value: counts.pending },
        { label: t("rejected"), value: counts.rejected },
        { label: t("delegates"), value: counts.delegates },
      ]
    : [];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {forum && <p className="text-slate-700">{localized(forum.name, locale)}</p>}
      <Card aria-labelledby="figures-title">
        <h2 id="figures-title" className="text-lg font-semibold">
          {t("figures")}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-lg bg-slate-100 p-3">
              <dt className="text-sm text-slate-700">{figure.label}</dt>
              <dd className="text-2xl font-bold">{number.format(figure.value)}</dd>
            </div>
          ))}
        </dl>
        <Link href="/organiser/companies?status=pending" className="mt-4 inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {tApprovals("reviewLink")}
        </Link>
      </Card>
      <Link href="/organiser/scheduler" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
        {tScheduler("link")}
      </Link>
      <OversightLinks locale={locale} />
      <Link href="/organiser/outbox" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
        {tOutbox("link")}
      </Link>
      <Link href="/organiser/reminders" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
        {tReminders("link")}
      </Link>
      <nav aria-label={tDay("title")}>
        <h2 className="text-lg font-semibold">{tDay("title")}</h2>
        <ul className="flex flex-col">
          {(["check-in", "badges", "announcements", "report"] as const).map((page) => (
            <li key={page}>
              <Link href={`/organiser/${page}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
                {tDay(page)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
