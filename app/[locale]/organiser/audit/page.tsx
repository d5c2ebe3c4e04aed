import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Pagination } from "@/components/ui/pagination";
import { listAuditPage } from "@/db/audit-pages";
import { getCurrentForum } from "@/db/forums";
import { requireOrganiser } from "@/lib/auth/session";
import { auditChanges } from "@/lib/forum-setup/audit-format";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";

const pageSize = 25;
const querySchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/audit");
  const { page } = querySchema.parse(await searchParams);
  const [t, forum] = await Promise.all([getTranslations("audit"), getCurrentForum()]);
  if (!forum) return null;
  const { rows, total } = await listAuditPage(forum.id, page, pageSize);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const tz = forum.timeZone;
  const city = localized(forum.city, locale);
  const yesNo: [string, string] = [t("yes"), t("no")];
  const label = (group: "actions" | "fields", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}` as never) : key);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { zone: zoneLabel(city, tz) })}</p>
      {rows.length === 0 && <p>{t("empty")}</p>}
      <ol className="flex flex-col gap-3">
        {rows.map((entry) => {
          const changes = auditChanges(entry.before, entry.after, locale, tz, yesNo);
          return (
            <li key={entry.id}>
              <article aria-labelledby={`entry-${entry.id}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <h2 id={`entry-${entry.id}`} className="text-lg font-semibold">
                  {label("actions", entry.action)}
                </h2>
                {/* A long e-mail address wraps rather than pushing the page sideways on a phone. */}
                <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
                  <time dateTime={entry.at.toISOString()}>
                    {formatDay(entry.at, locale, tz)} {formatTime(entry.at, locale, tz)}, {zoneLabel(city, tz, entry.at)}
                  </time>{" "}
                  · {t("by")} <bdi>{entry.actorName ?? t("unknownActor")}</bdi>
                  {entry.actorEmail && (
                    <>
                      {" "}
                      (<bdi dir="ltr">{entry.actorEmail}</bdi>)
                    </>
                  )}
                </p>
                {changes.length > 0 && (
                  <div className="mt-2">
                    {/* Long values (an e-mail address) wrap anywhere: the table fits a phone without scrolling sideways. */}
                    <table className="w-full text-start text-sm">
                      <caption className="sr-only">{t("changesOf", { action: label("actions", entry.action) })}</caption>
                      <thead>
                        <tr className="border-b border-slate-300">
                          <th scope="col" className="p-1 text-start">{t("field")}</th>
                          <th scope="col" className="p-1 text-start">{t("before")}</th>
                          <th scope="col" className="p-1 text-start">{t("after")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map((c) => (
                          <tr key={c.field} className="border-b border-slate-100 align-top">
                            <th scope="row" className="p-1 text-start font-medium">
                              {label("fields", c.field)}
                            </th>
                            <td className="p-1 [overflow-wrap:anywhere]" dir="auto">
                              {c.before ?? "—"}
                            </td>
                            <td className="p-1 [overflow-wrap:anywhere]" dir="auto">
                              {c.after ?? "—"}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </article>
            </li>
          );
        })}
      </ol>
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => `/organiser/audit?page=${p}`}
        labels={{ nav: t("pages"), previous: t("newer"), next: t("older"), status: t("pageOf", { page, pageCount }) }}
      />
    </div>
  );
}
