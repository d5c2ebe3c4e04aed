import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/localized";
import type { SuggestedPartner } from "@/lib/matching/suggest";
import { ReasonList } from "./reason-list";
import { RequestMeetingForm, type SendRequestAction } from "./request-meeting-form";

/** One suggested partner: who they are, why they fit, and a way to ask them for a meeting. */
export async function SuggestionCard({
  suggestion,
  locale,
  sectorName,
  action,
}: {
  suggestion: SuggestedPartner;
  locale: string;
  sectorName: (code: string) => string;
  action: SendRequestAction;
}) {
  const t = await getTranslations("matches");
  const { company, reasons, inTouch } = suggestion;
  const titleId = `suggestion-${company.id}`;
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <div>
        <h2 id={titleId} className="text-start text-lg font-bold">
          <Link href={`/companies/${company.id}`} dir="auto" className="inline-flex min-h-11 items-center text-emerald-900 underline-offset-4 hover:underline">
            {company.name}
          </Link>
        </h2>
        <p className="text-slate-700">
          {countryName(company.country, locale)} · <bdi>{company.city}</bdi>
        </p>
        {company.sectors.length > 0 && <p className="text-sm text-slate-700">{company.sectors.map(sectorName).join(" · ")}</p>}
      </div>
      <div>
        <h3 className="font-semibold">{t("why")}</h3>
        <ReasonList reasons={reasons} locale={locale} sectorName={sectorName} />
      </div>
      {inTouch ? (
        <p>
          <Link href="/requests" className="inline-flex min-h-11 items-center font-medium text-emerald-900 underline underline-offset-4">
            {t("seeRequest")}
          </Link>
        </p>
      ) : (
        <RequestMeetingForm action={action} companyId={company.id} companyName={company.name} />
      )}
    </Card>
  );
}
