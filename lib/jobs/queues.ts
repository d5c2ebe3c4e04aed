import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import type { Database } from "@/db/client";
import { dueDigests, sendScheduleDigest } from "@/lib/notices/digest";
import { dueEveningRuns, sendEveningSchedules } from "@/lib/notices/evening";
import { deliverPendingEmails } from "@/lib/notifications/deliver";
import { forgetStaleHits } from "@/db/rate-limits";
import { expireRequests, nudgeExpiringRequests } from "@/lib/requests/expiry";

export const QUEUES = {
  expireRequests: "requests-expire",
  planDigests: "schedule-digest-plan",
  digest: "schedule-digest",
  planEvenings: "schedule-evening-plan",
  evening: "schedule-evening",
  deliverEmails: "outbox-deliver",
  forgetRateLimits: "rate-limits-forget",
} as const;

/** A job id made from its meaning: sending the same one twice inserts it once. */
export function stableJobId(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface QueueDefinition {
  name: string;
  /** Cron in UTC; pg-boss runs each schedule once per tick across all workers. */
  cron?: string;
  options: Omit<PgBoss.Queue, "name">;
  handle(data: Record<string, unknown>): Promise<unknown>;
}

/** Every queue the worker serves, with what it does. Each handler can run twice safely. */
export function queueDefinitions(db: Database, boss: PgBoss): QueueDefinition[] {
  return [
    {
      name: QUEUES.expireRequests,
      cron: "* * * * *",
      options: { policy: "singleton", expireInSeconds: 120, retryLimit: 1 },
      handle: async () => ({ nudged: await nudgeExpiringRequests(new Date(), db), expired: await expireRequests(new Date(), db) }),
    },
    {
      name: QUEUES.planDigests,
      cron: "* * * * *",
      options: { policy: "singleton", expireInSeconds: 120, retryLimit: 1 },
      handle: async () => {
        const users = await dueDigests(new Date(), db);
        // One job per delegate; the "short" policy keeps one waiting per delegate.
        for (const userId of users) await boss.send(QUEUES.digest, { userId }, { singletonKey: userId });
        return { planned: users.length };
      },
    },
    {
      name: QUEUES.digest,
      options: { policy: "short", expireInSeconds: 120, retryLimit: 5, retryDelay: 30 },
      handle: async (data) => ({ sent: await sendScheduleDigest(String(data.userId), new Date(), db) }),
    },
    {
      name: QUEUES.planEvenings,
      cron: "*/15 * * * *",
      options: { policy: "singleton", expireInSeconds: 120, retryLimit: 1 },
      handle: async () => {
        const runs = await dueEveningRuns(new Date(), db);
        // The id is the forum and the day: the day's job is inserted once, however often this runs.
        for (const run of runs) await boss.send(QUEUES.evening, run, { id: stableJobId("evening", run.forumId, run.day) });
        return { planned: runs.length };
      },
    },
    {
      name: QUEUES.evening,
      options: { policy: "standard", expireInSeconds: 15 * 60, retryLimit: 5, retryDelay: 60 },
      handle: async (data) => ({ sent: await sendEveningSchedules(String(data.forumId), String(data.day), db) }),
    },
    {
      name: QUEUES.deliverEmails,
      cron: "* * * * *",
      options: { policy: "singleton", expireInSeconds: 300, retryLimit: 1 },
      handle: async () => ({ sent: await deliverPendingEmails(50, db) }),
    },
    {
      // A counter whose window ended a day ago counts nothing: it goes, so the table stays small.
      name: QUEUES.forgetRateLimits,
      cron: "17 * * * *",
      options: { policy: "singleton", expireInSeconds: 300, retryLimit: 1 },
      handle: async () => ({ forgotten: await forgetStaleHits(24 * 60 * 60, db) }),
    },
  ];
}
