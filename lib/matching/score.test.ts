import { describe, expect, it } from "vitest";
import { rankSuggestions, scoreCandidate } from "./score";
import type { MatchProfile } from "./types";
import { stems } from "./words";

const pharmaDz: MatchProfile = {
  id: "dz-pharma",
  country: "DZ",
  sectors: ["pharma_health"],
  lookingFor: ["export", "technology_transfer"],
  offers: [{ text: "Médicaments génériques sous licence", sector: "pharma_health" }],
  needs: [{ text: "Distributeur de médicaments en Russie", sector: "pharma_health" }],
  languages: ["ar", "fr", "en"],
};

const pharmaRu: MatchProfile = {
  id: "ru-pharma",
  country: "RU",
  sectors: ["pharma_health", "logistics"],
  lookingFor: ["import", "distribution"],
  offers: [{ text: "Distribution de médicaments dans toute la Russie", sector: "pharma_health" }],
  needs: [{ text: "Génériques à importer", sector: "pharma_health" }],
  languages: ["ru", "en"],
};

const solarDz: MatchProfile = {
  id: "dz-solar",
  country: "DZ",
  sectors: ["renewable_energy"],
  lookingFor: ["export"],
  offers: [{ text: "Panneaux solaires", sector: "renewable_energy" }],
  needs: [],
  languages: ["ar", "fr"],
};

const aiRu: MatchProfile = {
  id: "ru-ai",
  country: "RU",
  sectors: ["artificial_intelligence"],
  lookingFor: ["investment"],
  offers: [{ text: "Компьютерное зрение", sector: "artificial_intelligence" }],
  needs: [],
  languages: ["ru"],
};

const none = { inTouch: new Set<string>(), declined: new Set<string>() };

describe("scoreCandidate", () => {
  it("explains why a Russian pharma distributor fits an Algerian generics maker", () => {
    const { reasons } = scoreCandidate(pharmaDz, pharmaRu);
    const kinds = reasons.map((r) => r.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["otherCountry", "sharedSector", "theirOfferMeetsOurNeed", "ourOfferMeetsTheirNeed", "lookingForFit", "commonLanguage"]),
    );
    expect(reasons).toContainEqual({ kind: "sharedSector", sectors: ["pharma_health"] });
    expect(reasons).toContainEqual({ kind: "lookingForFit", ours: "export", theirs: "import" });
    expect(reasons).toContainEqual({ kind: "commonLanguage", languages: ["en"] });
    expect(reasons).toContainEqual({
      kind: "theirOfferMeetsOurNeed",
      offer: "Distribution de médicaments dans toute la Russie",
      need: "Distributeur de médicaments en Russie",
      sector: "pharma_health",
      byWords: true,
    });
  });

  it("shows the offer and need that share the most words, and says a pair shares only its sector when that is all", () => {
    const seeker: MatchProfile = {
      ...pharmaDz,
      needs: [
        { text: "Transfert de technologie pour injectables", sector: "pharma_health" },
        { text: "Distributeur de médicaments génériques en Russie", sector: "pharma_health" },
      ],
    };
    const offering: MatchProfile = {
      ...pharmaRu,
      offers: [
        { text: "Équipement de diagnostic", sector: "pharma_health" },
        { text: "Distribution de médicaments en Russie", sector: "pharma_health" },
      ],
    };
    expect(scoreCandidate(seeker, offering).reasons).toContainEqual({
      kind: "theirOfferMeetsOurNeed",
      offer: "Distribution de médicaments en Russie",
      need: "Distributeur de médicaments génériques en Russie",
      sector: "pharma_health",
      byWords: true,
    });
    // In two languages the words cannot meet: the pair is shown for its sector alone.
    const inRussian: MatchProfile = { ...pharmaRu, offers: [{ text: "Диагностическое оборудование", sector: "pharma_health" }] };
    expect(scoreCandidate(seeker, inRussian).reasons).toContainEqual(
      expect.objectContaining({ kind: "theirOfferMeetsOurNeed", offer: "Диагностическое оборудование", byWords: false, sector: "pharma_health" }),
    );
  });

  it("flags an interpreter when the delegates share no language", () => {
    const { reasons } = scoreCandidate(solarDz, aiRu);
    expect(reasons).toContainEqual({ kind: "interpreterNeeded" });
    expect(reasons.some((r) => r.kind === "commonLanguage")).toBe(false);
  });

  it("says nothing of an interpreter while one side has given no language, and costs it nothing", () => {
    const silent = { ...solarDz, languages: [] };
    const { reasons, score } = scoreCandidate(silent, aiRu);
    expect(reasons.some((r) => r.kind === "interpreterNeeded" || r.kind === "commonLanguage")).toBe(false);
    expect(score).toBeGreaterThan(scoreCandidate(solarDz, aiRu).score);
    expect(scoreCandidate(aiRu, silent).reasons.some((r) => r.kind === "interpreterNeeded")).toBe(false);
  });

  it("marks a company of our own country", () => {
    expect(scoreCandidate(pharmaDz, solarDz).reasons[0]).toEqual({ kind: "sameCountry" });
  });
});

describe("rankSuggestions", () => {
  const all = [pharmaDz, pharmaRu, solarDz, aiRu];

  it("puts the best partner first, never ourselves, and is stable", () => {
    const ranked = rankSuggestions(pharmaDz, all, none);
    expect(ranked.map((s) => s.companyId)).toEqual(["ru-pharma", "ru-ai", "dz-solar"]);
    expect(rankSuggestions(pharmaDz, [...all].reverse(), none)).toEqual(ranked);
  });

  it("sinks companies already in touch and leaves declined ones out", () => {
    const ranked = rankSuggestions(pharmaDz, all, { inTouch: new Set(["ru-pharma"]), declined: new Set(["ru-ai"]) });
    expect(ranked.map((s) => s.companyId)).toEqual(["dz-solar", "ru-pharma"]);
    expect(ranked[1]!.reasons).toContainEqual({ kind: "alreadyInTouch" });
  });

  it("ranks a forum of 500 companies, each exactly once", () => {
    const many: MatchProfile[] = Array.from({ length: 500 }, (_, i) => ({
      ...(i % 2 ? pharmaRu : solarDz),
      id: `c${i}`,
      offers: [{ text: `offre numéro ${i} de produits pharmaceutiques`, sector: i % 3 ? "pharma_health" : "energy" }],
    }));
    const ranked = rankSuggestions(pharmaDz, many, none);
    expect(new Set(ranked.map((s) => s.companyId)).size).toBe(500);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
  });
});

describe("stems", () => {
  it("compares words across forms in Latin, Cyrillic and Arabic scripts", () => {
    expect(stems("Distributeur")).toEqual(stems("distribution"));
    expect([...stems("генериков")]).toEqual([...stems("генерики")]);
    expect(stems("الأدوية الجنيسة").size).toBe(2);
    expect(stems("de la et un").size).toBe(0);
  });
});
