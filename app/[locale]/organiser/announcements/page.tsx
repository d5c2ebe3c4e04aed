import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/dayof/announcement-form";
import { AnnouncementList } from "@/components/dayof/announcement-list";
import { DeleteAnnouncement } from "@/components/dayof/delete-announcement";
import { Card } from "@/components/ui/card";
import { listAnnouncements } from "@/db/announcements";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { announcementText } from "@/lib/announcements/announcements";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { deleteAnnouncementAction, publishAnnouncementAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "announcements" });
  return { title: t("title") };
}

export default async function AnnouncementsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/announcements");
  const [t, forum] = await Promise.all([getTranslations("announcements"), getCurrentForum()]);
  if (!forum) return <h1 className="text-2xl font-bold">{t("title")}</h1>;
  const items = await listAnnouncements(forum.id, 30);
  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card aria-labelledby="new-announcement">
        <h2 id="new-announcement" className="text-lg font-semibold">
          {t("newTitle")}
        </h2>
        <AnnouncementForm action={publishAnnouncementAction} />
      </Card>
      <AnnouncementList items={items.slice(0, 3)} locale={locale} timeZone={forum.timeZone} heading={t("preview")} headingId="preview-title" />
      <section aria-labelledby="all-title" className="flex flex-col gap-2">
        <h2 id="all-title" className="text-lg font-semibold">
          {t("allTitle")}
        </h2>
        {items.length === 0 && <p>{t("empty")}</p>}
        <ul className="flex flex-col gap-2">
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white p-3">
              <p dir="auto" className="text-start">
                {announcementText(a.body, locale).text}
              </p>
              <DeleteAnnouncement action={deleteAnnouncementAction} id={a.id} label={t("delete")} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
