"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { CompanyDecision, type DecisionAction } from "./company-decision";

/** A company of the queue, its texts already in the reader's language. */
export interface QueueCard {
  id: string;
  name: string;
  status: string;
  country: string;
  city: string;
  /** The sign-up date, formatted in the forum's zone. */
  since: string;
  sectors: string;
  description: string;
  reason: string | null;
  delegates: [fullName: string, jobTitle: string | null, email: string][];
}

/**
 * The companies of one page of the queue, rendered from their data: as server markup each
 * card would travel twice (in the HTML and again, as elements, in the React payload).
 * Styled by company-queue.css.
 */
export function CompanyQueue({ cards, action, timeZone, city, printLabel }: { cards: QueueCard[]; action: DecisionAction; timeZone: string; city: string; printLabel: string }) {
  const t = useTranslations("approvals");
  return (
    <ul className="flex flex-col gap-4">
      {cards.map((c) => (
        <li key={c.id}>
          <section className="cq-card" aria-labelledby={`company-${c.id}`}>
            {/* In the page's direction, as the lines under it; the name keeps its own inside. */}
            <h2 id={`company-${c.id}`} className="cq-name">
              {/* No prefetch: ten company pages nobody may open. */}
              <Link href={`/companies/${c.id}`} prefetch={false}>
                <bdi>{c.name}</bdi>
              </Link>
            </h2>
            <p className="cq-meta">
              {c.country} · <bdi>{c.city}</bdi> · {t("since", { date: c.since })}
            </p>
            <p className="cq-sectors">{c.sectors}</p>
            <p dir="auto" className="cq-about">
              {c.description}
            </p>
            {c.reason && (
              <p className="cq-sectors">
                <span className="font-semibold">{t("reasonGiven")}</span> {c.reason}
              </p>
            )}
            <h3 className="cq-sub">{t("delegates")}</h3>
            <ul className="cq-sectors">
              {c.delegates.map(([fullName, jobTitle, email]) => (
                <li key={email}>
                  <bdi>{fullName}</bdi>
                  {jobTitle ? <>{t("titleSeparator")}<bdi>{jobTitle}</bdi></> : null} — <bdi dir="ltr">{email}</bdi>
                </li>
              ))}
            </ul>
            {c.status === "approved" && (
              <Link href={`/organiser/print/companies/${c.id}`} prefetch={false} className="cq-print">
                {printLabel}
              </Link>
            )}
            <CompanyDecision action={action} companyId={c.id} companyName={c.name} status={c.status} timeZone={timeZone} city={city} />
          </section>
        </li>
      ))}
    </ul>
  );
}
