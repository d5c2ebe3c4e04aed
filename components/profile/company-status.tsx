import { getTranslations } from "next-intl/server";
import type { CompanyStatus } from "@/db/schema";

const tone: Record<CompanyStatus, string> = {
  pending: "border-amber-300 bg-amber-50",
  approved: "border-emerald-300 bg-emerald-50",
  rejected: "border-red-300 bg-red-50",
};

/** Where the company stands with the organisers; a rejected one reads the reason it was given. */
export async function CompanyStatusNotice({ name, status, reason }: { name: string; status: CompanyStatus; reason: string | null }) {
  const t = await getTranslations("profile");
  return (
    <section aria-labelledby="status-title" className={`rounded-xl border p-5 ${tone[status]}`}>
      <h2 id="status-title" className="text-lg font-semibold">
        {t.rich("statusTitle", { name, company: (chunks) => <bdi>{chunks}</bdi> })}
      </h2>
      <p className="mt-1 font-medium">{t(`status.${status}`)}</p>
      {status === "pending" && <p className="mt-1">{t("pendingHelp")}</p>}
      {status === "rejected" && (
        <>
          {reason && (
            <p className="mt-2">
              <span className="font-semibold">{t("rejectedReason")}</span> <bdi>{reason}</bdi>
            </p>
          )}
          <p className="mt-2">{t("rejectedHelp")}</p>
        </>
      )}
    </section>
  );
}
