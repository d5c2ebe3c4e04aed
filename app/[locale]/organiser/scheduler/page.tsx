import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProposalView } from "@/components/scheduler/proposal-view";
import { ProposalDecision, RunSchedulerForm } from "@/components/scheduler/scheduler-forms";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { countWaitingRequests } from "@/db/scheduler-input";
import { findLatestProposal } from "@/db/scheduler-proposals";
import { searchTimeMs } from "@/lib/auto-schedule/search-time";
import { requireOrganiser } from "@/lib/auth/session";
import { isolated } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { utcOffset } from "@/lib/schedule/format";
import { formatDay, formatTime } from "@/lib/time";
import type { Locale } from "@/lib/i18n/routing";
import { schedulerQuerySchema } from "@/lib/schemas/scheduler";
import { decideProposalAction, runSchedulerAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "scheduler" });
  return { title: t("title") };
}

export default async function SchedulerPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/scheduler");
  const query = schedulerQuerySchema.parse(await searchParams);
  const [t, forum] = await Promise.all([getTranslations("scheduler"), getCurrentForum()]);
  if (!forum) return null;
  const [waiting, proposal] = await Promise.all([countWaitingRequests(forum.id), findLatestProposal(forum.id)]);
  const off = forum.scheduleLocked ? t("locked") : forum.bookingMode === "self" ? t("selfOnly") : null;
  // The forum's clock, 24-hour as everywhere else, with its zone.
  const date = (at: Date) => `${formatDay(at, locale, forum.timeZone)} ${isolated(`${formatTime(at, locale, forum.timeZone)} ${utcOffset(forum.timeZone, at)}`)}`;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p id="scheduler-intro" className="max-w-prose">
        {t("intro")}
      </p>
      <p className="font-medium">{t("waiting", { count: waiting })}</p>
      {off ? <p className="rounded-lg border border-amber-400 bg-amber-50 p-3">{off}</p> : <RunSchedulerForm action={runSchedulerAction} seconds={searchTimeMs(waiting) / 1_000} draftId={proposal?.status === "draft" ? proposal.id : null} />}
      {!proposal && <p>{t("noProposal")}</p>}
      {proposal && (
        <Card aria-labelledby="proposal-title" className="flex flex-col gap-4">
          <div>
            <h2 id="proposal-title" className="text-xl font-bold">
              {t("proposalTitle", { date: date(proposal.createdAt) })}
            </h2>
            <p className="font-medium">{t(`status.${proposal.status}`)}</p>
          </div>
          <ProposalDecision
            key={proposal.id}
            action={decideProposalAction}
            proposalId={proposal.id}
            count={proposal.placed}
            open={proposal.status === "draft" && !off}
          />
          <ProposalView proposal={proposal} forum={forum} locale={locale} query={query} />
        </Card>
      )}
    </div>
  );
}
