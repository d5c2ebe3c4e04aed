import type { LookingFor } from "@/db/schema/companies";
import type { MatchContext, MatchItem, MatchProfile, MatchReason, Suggestion } from "./types";
import { lookingForFits, matchWeights as w } from "./weights";
import { sharedStems, stems } from "./words";

interface ItemMatch {
  offer: string;
  need: string;
  sector: string | null;
  byWords: boolean;
  /** Stems the two texts share: the closest pair is the one shown. */
  words: number;
}

/** Offers of one side that meet needs of the other, by sector and, better, by words too. */
function offersMeetingNeeds(offers: readonly MatchItem[], needs: readonly MatchItem[]): ItemMatch[] {
  const matches: ItemMatch[] = [];
  const needStems = needs.map((need) => stems(need.text));
  for (const offer of offers) {
    const offerStems = stems(offer.text);
    needs.forEach((need, i) => {
      const bySector = offer.sector !== null && offer.sector === need.sector;
      const words = sharedStems(offerStems, needStems[i]!);
      if (bySector || words > 0) matches.push({ offer: offer.text, need: need.text, sector: bySector ? offer.sector : null, byWords: words > 0, words });
    });
  }
  // The pairs sharing the most words first, then those in one sector too: the most telling reasons to show.
  return matches.sort((a, b) => b.words - a.words || Number(b.sector !== null) - Number(a.sector !== null));
}

function itemScore(matches: ItemMatch[]): number {
  return matches
    .slice(0, w.maxCounted)
    .reduce((sum, m) => sum + (m.sector ? w.offerMeetsNeedBySector : 0) + (m.byWords ? w.offerMeetsNeedByWords : 0), 0);
}

function lookingForFit(ours: readonly LookingFor[], theirs: readonly LookingFor[]): { ours: LookingFor; theirs: LookingFor } | null {
  for (const mine of ours) {
    const fit = theirs.find((t) => lookingForFits[mine].includes(t));
    if (fit) return { ours: mine, theirs: fit };
  }
  return null;
}

/** Scores one candidate for us, with every reason that counted. */
export function scoreCandidate(us: MatchProfile, them: MatchProfile, inTouch = false): Suggestion {
  const reasons: MatchReason[] = [];
  let score = 0;

  if (them.country !== us.country) {
    reasons.push({ kind: "otherCountry", country: them.country });
    score += w.otherCountry;
  } else {
    reasons.push({ kind: "sameCountry" });
    score += w.sameCountry;
  }

  const shared = us.sectors.filter((s) => them.sectors.includes(s));
  if (shared.length) {
    reasons.push({ kind: "sharedSector", sectors: shared });
    score += w.sharedSector * Math.min(shared.length, w.maxCounted);
  }

  const theirOffers = offersMeetingNeeds(them.offers, us.needs);
  const ourOffers = offersMeetingNeeds(us.offers, them.needs);
  if (theirOffers[0]) reasons.push({ kind: "theirOfferMeetsOurNeed", ...pick(theirOffers[0]) });
  if (ourOffers[0]) reasons.push({ kind: "ourOfferMeetsTheirNeed", ...pick(ourOffers[0]) });
  score += itemScore(theirOffers) + itemScore(ourOffers);

  const fit = lookingForFit(us.lookingFor, them.lookingFor);
  if (fit) {
    reasons.push({ kind: "lookingForFit", ...fit });
    score += w.lookingForFit;
  }

  const common = us.languages.filter((l) => them.languages.includes(l));
  if (common.length) {
    reasons.push({ kind: "commonLanguage", languages: common });
    score += w.commonLanguage;
  } else if (us.languages.length && them.languages.length) {
    // Languages no one has given yet say nothing either way.
    reasons.push({ kind: "interpreterNeeded" });
    score += w.interpreterNeeded;
  }

  if (inTouch) {
    reasons.push({ kind: "alreadyInTouch" });
    score += w.alreadyInTouch;
  }
  return { companyId: them.id, score, reasons };
}

function pick(match: ItemMatch) {
  return { offer: match.offer, need: match.need, sector: match.sector, byWords: match.byWords };
}

/**
 * Ranks every candidate for us: best first, ties broken by id so the order is stable.
 * Declined companies and our own are left out.
 */
export function rankSuggestions(us: MatchProfile, candidates: readonly MatchProfile[], context: MatchContext): Suggestion[] {
  return candidates
    .filter((c) => c.id !== us.id && !context.declined.has(c.id))
    .map((c) => scoreCandidate(us, c, context.inTouch.has(c.id)))
    .sort((a, b) => b.score - a.score || a.companyId.localeCompare(b.companyId));
}
