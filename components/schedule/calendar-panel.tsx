import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { FeedSubscription, type ResetFeedAction } from "./feed-subscription";

/** Taking the schedule into a calendar app: a one-off file, or a private subscription that follows changes. */
export async function CalendarPanel({ locale, feedSince, resetFeedAction }: { locale: string; feedSince: string | null; resetFeedAction: ResetFeedAction }) {
  const t = await getTranslations("schedule.calendar");
  return (
    <section aria-labelledby="calendar-title" className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="calendar-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <a href={`/calendar/me?locale=${locale}`} download className={buttonClasses("primary", "self-start")}>
        {t("download")}
      </a>
      <h3 className="mt-2 text-lg font-bold">{t("subscribeTitle")}</h3>
      <p>{t("subscribeIntro")}</p>
      <FeedSubscription action={resetFeedAction} existingSince={feedSince} />
    </section>
  );
}
