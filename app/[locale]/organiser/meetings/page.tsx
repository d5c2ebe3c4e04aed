import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingFilters } from "@/components/oversight/meeting-filters";
import { MeetingGrid } from "@/components/oversight/meeting-grid";
import { OversightDayNav } from "@/components/oversight/day-nav";
import { Pagination } from "@/components/ui/pagination";
import { listForumDays } from "@/db/agenda";
import { getCurrentForum, getForumOverview } from "@/db/forums";
import { listDaySlots, listForumTables, listOrganiserMeetings } from "@/db/meeting-grid";
import { requireOrganiser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { gridPage } from "@/lib/oversight/grid-page";
import { meetingGridQuerySchema } from "@/lib/schemas/oversight";
import { formatDay, zoneLabel } from "@/lib/time";

// Columns per page: a laptop screen shows them without scrolling far.
const tablesPerPage = 8;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "meetingGrid" });
  return { title: t("title") };
}

export default async function MeetingGridPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  await requireOrganiser(locale, "/organiser/meetings");
  const query = meetingGridQuerySchema.parse(await searchParams);
  const [t, tChange, forum] = await Promise.all([getTranslations("meetingGrid"), getTranslations("meetingChange"), getCurrentForum()]);
  if (!forum) return null;
  const [days, tables, { sectors }] = await Promise.all([listForumDays(forum.id), listForumTables(forum.id), getForumOverview(forum.id)]);
  const dayList = days.map((d) => d.day);
  const day = query.day && dayList.includes(query.day) ? query.day : dayList[0];
  if (!day) return <p>{t("noDays")}</p>;
  const filtered = Boolean(query.q || query.sector || query.interpreter);
  const filter = { day, q: query.q, sectorId: query.sector, interpreter: query.interpreter ? query.interpreter === "yes" : undefined };
  const [slots, dayMeetings] = await Promise.all([listDaySlots(forum.id, day), listOrganiserMeetings(forum.id, filter)]);

  // With a filter on, only the tables holding a matching meeting are worth a column.
  const withMeetings = new Set(dayMeetings.map((m) => m.tableId));
  const columns = filtered ? tables.filter((table) => withMeetings.has(table.id)) : tables.filter((table) => table.active || withMeetings.has(table.id));
  const pageCount = Math.max(1, Math.ceil(columns.length / tablesPerPage));
  const page = gridPage(columns, withMeetings, tablesPerPage, query.page);
  const shown = columns.slice((page - 1) * tablesPerPage, page * tablesPerPage);
  const shownIds = new Set(shown.map((c) => c.id));
  const cells = dayMeetings.filter((m) => shownIds.has(m.tableId));

  const keep = { q: query.q, sector: query.sector, interpreter: query.interpreter };
  const href = (changes: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...keep, day, ...changes })) if (value !== undefined && value !== "") search.set(key, String(value));
    return `/organiser/meetings?${search}`;
  };
  const dayName = formatDay(day, locale, forum.timeZone);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const range = shown.length ? t("tablesRange", { from: shown[0]!.number, to: shown[shown.length - 1]!.number }) : "";

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("zone", { zone })}</p>
      <OversightDayNav
        label={t("days")}
        days={dayList.map((d) => ({ day: d, label: formatDay(d, locale, forum.timeZone), href: href({ day: d, page: undefined }) }))}
        selected={day}
      />
      <MeetingFilters
        day={day}
        values={{ q: query.q ?? "", sector: query.sector ?? "", interpreter: query.interpreter ?? "" }}
        sectors={sectors.map((s) => ({ id: s.id, name: localized(s.name, locale) }))}
        clearHref={`/organiser/meetings?day=${day}`}
        filtered={filtered}
      />
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href={`/organiser/print/tables?day=${day}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
            {t("printTables")}
          </Link>
        </li>
        <li>
          <Link href={`/organiser/print/programme?day=${day}`} className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
            {t("printProgramme")}
          </Link>
        </li>
      </ul>
      <h2 className="text-lg font-semibold">
        {dayName} · {t("count", { count: dayMeetings.length })}
      </h2>
      {shown.length === 0 ? (
        <p>{filtered ? t("noMatch") : t("noTables")}</p>
      ) : (
        <MeetingGrid
          caption={`${dayName}, ${range}`}
          slots={slots}
          tables={shown}
          meetings={cells}
          locale={locale}
          timeZone={forum.timeZone}
          labels={{
            time: t("time", { zone }),
            table: (number) => t("table", { number }),
            interpreter: t("interpreter"),
            scrollHint: t("scrollHint"),
            marked: { held: tChange("statuses.held"), no_show: tChange("statuses.no_show") },
          }}
        />
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => href({ page: p })}
        labels={{ nav: t("pages"), previous: t("previous"), next: t("next"), status: `${t("pageOf", { page, pageCount })} · ${range}` }}
      />
    </div>
  );
}
