import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { countryName } from "@/lib/i18n/localized";
import type { MatchReason } from "@/lib/matching/types";

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why a partner is suggested, as a short list of plain sentences in the reader's language. */
export async function ReasonList({ reasons, locale, sectorName }: { reasons: readonly MatchReason[]; locale: string; sectorName: (code: string) => string }) {
  const t = await getTranslations("reasons");
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  // Offers and needs are the companies' own words: isolated so a Russian phrase reads right in Arabic.
  const quoted = { q: (chunks: ReactNode) => <bdi>{chunks}</bdi> };

  const sentence = (reason: MatchReason): ReactNode => {
    switch (reason.kind) {
      case "otherCountry":
        return t("otherCountry", { country: countryName(reason.country, locale) });
      case "sameCountry":
        return t("sameCountry");
      case "sharedSector":
        return t("sharedSector", { count: reason.sectors.length, sectors: list(reason.sectors.map(sectorName)) });
      // Only shared words say an offer meets a need; a shared sector says only that.
      case "theirOfferMeetsOurNeed":
        if (!reason.byWords && reason.sector) return t.rich("theirOfferInSectorOfOurNeed", { offer: reason.offer, need: reason.need, sector: sectorName(reason.sector), ...quoted });
        return t.rich("theirOfferMeetsOurNeed", { offer: reason.offer, need: reason.need, ...quoted });
      case "ourOfferMeetsTheirNeed":
        if (!reason.byWords && reason.sector) return t.rich("ourOfferInSectorOfTheirNeed", { offer: reason.offer, need: reason.need, sector: sectorName(reason.sector), ...quoted });
        return t.rich("ourOfferMeetsTheirNeed", { offer: reason.offer, need: reason.need, ...quoted });
      case "lookingForFit":
        return t("lookingForFit", { ours: t(`aims.${reason.ours}`), theirs: t(`aims.${reason.theirs}`) });
      case "commonLanguage":
        return t("commonLanguage", { count: reason.languages.length, languages: list(reason.languages.map((l) => languageName(l, locale))) });
      case "interpreterNeeded":
        return t("interpreterNeeded");
      case "alreadyInTouch":
        return t("alreadyInTouch");
    }
  };

  return (
    <ul className="flex list-disc flex-col gap-1 ps-5">
      {reasons.map((reason, index) => (
        <li key={`${reason.kind}-${index}`}>{sentence(reason)}</li>
      ))}
    </ul>
  );
}
