import type { LookingFor } from "@/db/schema/companies";

/** Every weight of the matcher, in one place. A score is the sum of the reasons' weights. */
export const matchWeights = {
  otherCountry: 40,
  sameCountry: -60,
  sharedSector: 12,
  /** For each offer of one side whose sector is a need's sector on the other side. */
  offerMeetsNeedBySector: 14,
  /** Extra when the offer's words also meet the need's words. */
  offerMeetsNeedByWords: 10,
  lookingForFit: 8,
  commonLanguage: 6,
  interpreterNeeded: -4,
  /** Cap on how many items or sectors count, so one long profile does not drown the rest. */
  maxCounted: 3,
  /** Already requested or met companies keep their reasons but sink below the others. */
  alreadyInTouch: -1000,
} as const;

/** What fits what, both ways: an exporter looks for importers and distributors, and so on. */
export const lookingForFits: Record<LookingFor, readonly LookingFor[]> = {
  export: ["import", "distribution"],
  import: ["export"],
  distribution: ["export"],
  investment: ["joint_venture", "investment"],
  joint_venture: ["investment", "joint_venture", "technology_transfer"],
  technology_transfer: ["technology_transfer", "joint_venture"],
};
