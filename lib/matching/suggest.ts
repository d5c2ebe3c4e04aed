import { getDb, type Database } from "@/db/client";
import { loadMatchCompanies } from "@/db/matching";
import { requestPartners } from "@/db/requests";
import type { User } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { requireApprovedCompany } from "@/lib/requests/rules";
import { rankSuggestions } from "./score";
import type { MatchReason } from "./types";

export interface SuggestedCompany {
  id: string;
  name: string;
  country: string;
  city: string;
  /** Sector codes, in the forum's order. */
  sectors: readonly string[];
}

export interface SuggestedPartner {
  company: SuggestedCompany;
  score: number;
  reasons: MatchReason[];
  /** A request between the two companies is open or accepted. */
  inTouch: boolean;
}

export interface SuggestionPage {
  /** The forum of the user's company, whose sectors name the codes. */
  forumId: string;
  suggestions: SuggestedPartner[];
  /** How many companies are suggested in all, across pages. */
  total: number;
}

/**
 * The partners suggested to the user's company, best first, one page of them. Only approved
 * companies take part; companies already in touch sink to the end, declined ones are left out.
 */
export async function suggestPartners(
  user: User | null,
  page: { limit: number; offset: number },
  db: Database = getDb(),
): Promise<SuggestionPage> {
  const own = await requireApprovedCompany(user, db);
  const [candidates, partners] = await Promise.all([loadMatchCompanies(own.forumId, db), requestPartners(own.id, db)]);
  const us = candidates.find((c) => c.id === own.id);
  // Approved a moment ago but unapproved since: the rules above read an older row.
  if (!us) throw new PublicError("companyNotApproved", 403);
  const ranked = rankSuggestions(us, candidates, partners);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const suggestions = ranked.slice(page.offset, page.offset + page.limit).map(({ companyId, score, reasons }) => {
    const { id, name, country, city, sectors } = byId.get(companyId)!;
    return { company: { id, name, country, city, sectors }, score, reasons, inTouch: partners.inTouch.has(companyId) };
  });
  return { forumId: own.forumId, suggestions, total: ranked.length };
}
