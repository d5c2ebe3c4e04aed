import { getTranslations } from "next-intl/server";
import type { RequestListItem } from "@/db/requests";
import type { RequestStatus } from "@/db/schema";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/localized";
import { formatDay, formatTime } from "@/lib/time";
import { RequestAnswerForm, type AnswerRequestAction } from "./request-answer-form";

const badgeTone: Record<RequestStatus, string> = {
  open: "border-amber-400 bg-amber-50 text-amber-950",
  accepted: "border-emerald-500 bg-emerald-50 text-emerald-950",
  declined: "border-red-300 bg-red-50 text-red-950",
  cancelled: "border-slate-400 bg-slate-100 text-slate-900",
  expired: "border-slate-400 bg-slate-100 text-slate-900",
};

export interface RequestView {
  item: RequestListItem;
  side: "incoming" | "sent";
  /** When an open request expires unless answered (the forum's rule), if it does. */
  deadline?: Date;
  /** An accepted request whose meeting is booked. */
  booked?: boolean;
}

/** One request as its reader sees it: the other company, the words exchanged, and what to do. */
export async function RequestItem({
  view,
  locale,
  timeZone,
  zone,
  action,
}: {
  view: RequestView;
  locale: string;
  timeZone: string;
  /** The forum's zone as named on screen, e.g. "Alger (UTC+1)". */
  zone: string;
  action: AnswerRequestAction;
}) {
  const [t, tBooking] = await Promise.all([getTranslations("requests"), getTranslations("booking")]);
  const { request } = view.item;
  const other = view.side === "incoming" ? view.item.fromCompany : view.item.toCompany;
  const at = (date: Date) => ({ day: formatDay(date, locale, timeZone), time: formatTime(date, locale, timeZone), zone });
  const live = request.status === "open" || request.status === "accepted";
  const titleId = `request-${request.id}`;
  return (
    <article aria-labelledby={titleId} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="text-start text-lg font-bold">
          <Link href={`/companies/${other.id}`} dir="auto" className="inline-flex min-h-11 items-center text-emerald-900 underline-offset-4 hover:underline">
            {other.name}
          </Link>
        </h3>
        <p className={`rounded-full border px-3 py-1 text-sm font-semibold ${badgeTone[request.status]}`}>{t(`status.${request.status}`)}</p>
      </div>
      <p className="text-slate-700">{countryName(other.country, locale)}</p>
      <p className="text-sm text-slate-700">
        <time dateTime={request.createdAt.toISOString()}>{t("sentAt", at(request.createdAt))}</time>
      </p>
      {request.respondedAt && (
        <p className="text-sm text-slate-700">
          <time dateTime={request.respondedAt.toISOString()}>{t("answeredAt", at(request.respondedAt))}</time>
        </p>
      )}
      {request.status === "open" && view.deadline && (
        <p className="text-sm text-slate-700">
          <time dateTime={view.deadline.toISOString()}>{t("expiresAt", at(view.deadline))}</time>
        </p>
      )}
      {request.status === "expired" && request.expiredAt && (
        <p className="text-sm text-slate-700">
          <time dateTime={request.expiredAt.toISOString()}>{t("expiredAt", at(request.expiredAt))}</time>
        </p>
      )}
      {request.status === "expired" && view.side === "sent" && (
        <Link href="/matches" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4">
          {t("expiredFindOthers")}
        </Link>
      )}
      {request.cancelledAt && (
        <p className="text-sm text-slate-700">
          <time dateTime={request.cancelledAt.toISOString()}>{t("cancelledAt", at(request.cancelledAt))}</time>
        </p>
      )}
      <div>
        <p className="font-semibold">{t(view.side === "incoming" ? "theirMessage" : "yourMessage")}</p>
        {request.message ? (
          <p dir="auto" className="whitespace-pre-line text-start">
            {request.message}
          </p>
        ) : (
          <p className="text-slate-700">{t("noMessage")}</p>
        )}
      </div>
      {request.responseNote && (
        <div>
          <p className="font-semibold">{t("note")}</p>
          <p dir="auto" className="whitespace-pre-line text-start">
            {request.responseNote}
          </p>
        </div>
      )}
      {request.status === "accepted" && (
        <Link
          href={`/requests/${request.id}/book`}
          aria-describedby={titleId}
          className={buttonClasses("primary", "self-start text-start")}
        >
          {view.booked ? tBooking("manageLink") : tBooking("chooseLink")}
        </Link>
      )}
      <RequestAnswerForm
        action={action}
        requestId={request.id}
        companyName={other.name}
        canRespond={view.side === "incoming" && request.status === "open"}
        // The receiver of an open request declines it; withdrawing is the sender's, or either side's once accepted.
        canCancel={live && !(view.side === "incoming" && request.status === "open")}
        booked={view.booked}
      />
    </article>
  );
}
