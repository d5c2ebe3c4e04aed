import type { LookingFor } from "@/db/schema/companies";

export interface MatchItem {
  text: string;
  sector: string | null;
}

/** A company as the matcher sees it: plain data, no database, no framework. */
export interface MatchProfile {
  id: string;
  country: string;
  sectors: readonly string[];
  lookingFor: readonly LookingFor[];
  offers: readonly MatchItem[];
  needs: readonly MatchItem[];
  /** Languages spoken by any of the company's delegates (ISO 639-1 codes). */
  languages: readonly string[];
}

export type MatchReason =
  | { kind: "otherCountry"; country: string }
  | { kind: "sameCountry" }
  | { kind: "sharedSector"; sectors: string[] }
  /** byWords: the two share words; otherwise only their sector, and the reason says no more. */
  | { kind: "theirOfferMeetsOurNeed"; offer: string; need: string; sector: string | null; byWords: boolean }
  | { kind: "ourOfferMeetsTheirNeed"; offer: string; need: string; sector: string | null; byWords: boolean }
  | { kind: "lookingForFit"; ours: LookingFor; theirs: LookingFor }
  | { kind: "commonLanguage"; languages: string[] }
  | { kind: "interpreterNeeded" }
  | { kind: "alreadyInTouch" };

export interface Suggestion {
  companyId: string;
  score: number;
  reasons: MatchReason[];
}

export interface MatchContext {
  /** Companies with an open or accepted request with us, or a meeting: they sink. */
  inTouch: ReadonlySet<string>;
  /** Companies that declined us or that we declined: they are left out. */
  declined: ReadonlySet<string>;
}
