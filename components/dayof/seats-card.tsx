import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";
import { Link } from "@/lib/i18n/navigation";
import { isolated } from "@/lib/i18n/localized";
import { SeatForm } from "./seat-form";

type Action = (state: unknown, formData: FormData) => Promise<ActionResult<{ seated: boolean } | undefined>>;

/**
 * Who of the reader's company sits at the meeting, and their own seat to take or give up: a
 * main contact told that a meeting was left with nobody sees it here and can act.
 */
export async function SeatsCard({ action, meetingId, requestId, companyName, partnerName, seats, userId, changeable, closed }: {
  action: Action;
  meetingId: string;
  requestId: string | null;
  companyName: string;
  partnerName: string;
  seats: readonly { userId: string; fullName: string; jobTitle: string | null }[];
  userId: string;
  /** Scheduled, still to come, and the company approved: the server checks it all again. */
  changeable: boolean;
  /** The meeting has begun or is no longer scheduled: who attends is history. */
  closed: boolean;
}) {
  const t = await getTranslations("seats");
  const seated = seats.some((s) => s.userId === userId);
  const alone = seated && seats.length === 1;
  const intent = !changeable ? null : !seated ? "take" : alone ? null : "giveUp";
  return (
    <Card aria-labelledby="seats-title" className="flex flex-col gap-3">
      <h2 id="seats-title" className="text-lg font-semibold">
        {t("title", { company: isolated(companyName) })}
      </h2>
      {seats.length === 0 ? (
        <p className="rounded-lg border border-amber-400 bg-amber-50 p-3 font-medium text-amber-950">{t("nobody", { company: isolated(companyName) })}</p>
      ) : (
        <ul className="flex list-disc flex-col gap-1 ps-6">
          {seats.map((s) => (
            <li key={s.userId}>
              <bdi>{s.userId === userId ? t("you", { name: s.fullName }) : s.fullName}</bdi>
              {s.jobTitle && (
                <span className="text-slate-700">
                  {" · "}
                  <bdi>{s.jobTitle}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {changeable && alone && <p className="text-slate-700">{t("onlyYou", { company: isolated(companyName) })}</p>}
      {closed && <p className="text-slate-700">{t("closed")}</p>}
      <SeatForm action={action} meetingId={meetingId} partnerName={partnerName} intent={intent} />
      {changeable && (alone || seats.length === 0) && requestId && (
        <Link href={`/requests/${requestId}/book`} className="inline-flex min-h-11 items-center self-start font-semibold text-emerald-900 underline">
          {t("manage")}
        </Link>
      )}
    </Card>
  );
}
