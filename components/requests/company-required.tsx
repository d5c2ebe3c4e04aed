import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";

/** Why a delegate without an approved company sees no suggestions, requests or directory, and where to go. */
export async function CompanyRequired({ reason, about = "meetingAccess" }: { reason: "noCompany" | "companyNotApproved"; about?: "meetingAccess" | "directoryAccess" }) {
  const t = await getTranslations(about);
  return (
    <Card>
      <p>{t(reason)}</p>
      <p className="mt-3">
        <Link href="/profile" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline underline-offset-4">
          {t("profileLink")}
        </Link>
      </p>
    </Card>
  );
}

/** The reason to show for an error of the meeting rules, or null when it is another error. */
export function companyRequiredReason(error: unknown): "noCompany" | "companyNotApproved" | null {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "noCompany" || code === "companyNotApproved" ? code : null;
}
