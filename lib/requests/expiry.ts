import { getDb, type Database } from "@/db/client";
import { claimRequestsToNudge, expireDueRequests, type ExpiringRequest } from "@/db/request-expiry";
import { companyRecipients } from "@/db/requests";
import { enqueueEmails } from "@/lib/notifications/outbox";
import { localized } from "@/lib/i18n/localized";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

// Small batches keep each transaction (and PGlite's single connection) short.
const batch = 100;

const when = (request: ExpiringRequest) => (recipient: { locale: string }) => ({
  day: formatDay(request.deadline, recipient.locale, request.timeZone),
  time: formatTime(request.deadline, recipient.locale, request.timeZone),
  zone: zoneLabel(localized(request.city, recipient.locale), request.timeZone, request.deadline),
});

/**
 * Expires open requests past their deadline and tells each sending delegate, in their
 * language, in the same transaction. An expired request is no longer live: the pair may ask
 * again, and it never counted toward the cap (only accepted requests do).
 */
export async function expireRequests(now = new Date(), db: Database = getDb()): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await db.transaction(async (tx) => {
      const rows = await expireDueRequests(now, batch, tx);
      for (const request of rows) {
        await enqueueEmails("requestExpired", await companyRecipients(request.fromCompanyId, tx), (r) => ({ to: request.toName, ...when(request)(r) }), tx);
      }
      return rows.length;
    });
    total += expired;
    if (expired < batch) return total;
  }
}

/** Nudges the receivers of requests about to expire, once per request. */
export async function nudgeExpiringRequests(now = new Date(), db: Database = getDb()): Promise<number> {
  let total = 0;
  for (;;) {
    const nudged = await db.transaction(async (tx) => {
      const rows = await claimRequestsToNudge(now, batch, tx);
      for (const request of rows) {
        await enqueueEmails("requestExpiring", await companyRecipients(request.toCompanyId, tx), (r) => ({ from: request.fromName, ...when(request)(r) }), tx);
      }
      return rows.length;
    });
    total += nudged;
    if (nudged < batch) return total;
  }
}
