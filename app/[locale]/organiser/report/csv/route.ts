import { createTranslator } from "next-intl";
import { getCurrentForum } from "@/db/forums";
import { exportRows } from "@/db/report";
import { getCurrentUser } from "@/lib/auth/session";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { csvColumns, meetingsCsv } from "@/lib/report/csv";
import { countryName } from "@/lib/i18n/localized";

const noStore = { "Cache-Control": "no-store" };

/** The forum's meetings, attendance and both sides' outcomes as CSV: organisers only. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404, headers: noStore });
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401, headers: noStore });
  if (user.role !== "organiser") return new Response(null, { status: 403, headers: noStore });
  const forum = await getCurrentForum();
  if (!forum) return new Response(null, { status: 404, headers: noStore });
  const messages = await loadMessages(locale);
  const translator = (namespace: string) => createTranslator({ locale, messages, namespace }) as unknown as (key: string) => string;
  const [t, status, outcome, attendance] = [translator("report.csv"), translator("meetingChange.statuses"), translator("outcomes.kinds"), translator("attendance")];
  const headings = Object.fromEntries(csvColumns.map((c) => [c, t(c)])) as Record<(typeof csvColumns)[number], string>;
  const words = { headings, status, outcome, country: (code: string) => countryName(code, locale), bothSides: attendance("bothSides") };
  const body = meetingsCsv(await exportRows(forum.id), words, forum.timeZone, locale);
  return new Response(body, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="meetings-${forum.slug}.csv"`,
    },
  });
}
