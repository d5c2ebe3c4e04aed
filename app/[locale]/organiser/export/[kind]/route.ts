import { getCurrentForum } from "@/db/forums";
import { jsonRoute } from "@/lib/api/route";
import { assertOrganiser } from "@/lib/auth/permissions";
import { notFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { buildExport, csvDownload } from "@/lib/oversight/exports";
import { exportKindSchema } from "@/lib/schemas/oversight";

/**
 * GET /{locale}/organiser/export/{companies|delegates|requests|meetings}: the forum's list as
 * a CSV file, headings in the locale's language. Organisers only: anyone else gets 401 or 403.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; kind: string }> }) {
  const { locale, kind } = await params;
  return jsonRoute({ access: "organiser" }, async ({ user }) => {
    assertOrganiser(user);
    const parsed = exportKindSchema.safeParse(kind);
    const forum = await getCurrentForum();
    if (!parsed.success || !isLocale(locale) || !forum) throw notFoundError();
    const { csv, fileName } = await buildExport(parsed.data, forum, locale);
    return csvDownload(csv, fileName);
  })(request);
}
