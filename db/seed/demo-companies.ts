import type { CompanySize, CompanyStatus, LookingFor } from "../schema";
import { lookingForOptions } from "../schema";
import { DEMO_EMAIL_DOMAIN, handwrittenCompanies } from "./demo-accounts";
import type { SectorCode } from "./demo-forum";
import { createRandom, type Random } from "./random";
import * as words from "./vocabulary";
import type { LanguageVocabulary, Pair, ProfileLanguage } from "./vocabulary";
import { arabic, french } from "./vocabulary-dz";
import { english, russian } from "./vocabulary-ru";

export const DEMO_SEED = 20261208;
export const DEMO_COMPANIES_PER_COUNTRY = 250;

export interface DemoDelegate {
  email: string;
  fullName: string;
  jobTitle: string;
  languages: string[];
  locale: ProfileLanguage;
}

/** A company of the demo, as plain data: sectors by code, no ids. */
export interface DemoCompany {
  /** 1–500: Algerian companies first; it names the delegates' e-mails. */
  number: number;
  name: string;
  country: "DZ" | "RU";
  city: string;
  /** The language its description and items are written in. */
  language: ProfileLanguage;
  size: CompanySize;
  sectors: SectorCode[];
  lookingFor: LookingFor[];
  status: CompanyStatus;
  rejectionReason?: string;
  website: string | null;
  description: string;
  offers: (readonly [text: string, sector: SectorCode])[];
  needs: (readonly [text: string, sector: SectorCode])[];
  delegates: DemoDelegate[];
  /** How long before the seed the company signed up, so lists have a believable order. */
  registeredHoursAgo: number;
}

export type HandwrittenCompany = Omit<DemoCompany, "delegates" | "offers" | "needs" | "sectors" | "lookingFor"> & {
  sectors: readonly SectorCode[];
  lookingFor: readonly LookingFor[];
  offers: readonly (readonly [string, SectorCode])[];
  needs: readonly (readonly [string, SectorCode])[];
  delegates: readonly (Omit<DemoDelegate, "email" | "languages"> & { email?: string; languages: readonly string[] })[];
};

const vocabularies: Record<ProfileLanguage, LanguageVocabulary> = { fr: french, ar: arabic, ru: russian, en: english };

const sectorWeights: Record<"DZ" | "RU", readonly (readonly [SectorCode, number])[]> = {
  DZ: [["agri_food", 18], ["pharma_health", 14], ["renewable_energy", 12], ["smart_agriculture", 12], ["digital_tech", 12], ["energy", 12], ["logistics", 12], ["artificial_intelligence", 8]],
  RU: [["energy", 15], ["agri_food", 15], ["digital_tech", 14], ["pharma_health", 12], ["artificial_intelligence", 12], ["smart_agriculture", 10], ["renewable_energy", 10], ["logistics", 12]],
};

// The trades a company of one sector is likely to add to its profile.
const relatedSectors: Record<SectorCode, readonly SectorCode[]> = {
  renewable_energy: ["energy", "smart_agriculture"],
  smart_agriculture: ["agri_food", "artificial_intelligence"],
  pharma_health: ["logistics", "digital_tech"],
  digital_tech: ["artificial_intelligence"],
  artificial_intelligence: ["digital_tech", "smart_agriculture"],
  energy: ["renewable_energy", "logistics"],
  agri_food: ["smart_agriculture", "logistics"],
  logistics: ["agri_food", "pharma_health"],
};

const sizes: readonly (readonly [CompanySize, number])[] = [["micro", 15], ["small", 35], ["medium", 32], ["large", 18]];

const rejectionReasons = [
  "Dossier incomplet : l'extrait du registre du commerce n'a pas été fourni.",
  "Coordonnées impossibles à vérifier : le site web et le numéro d'enregistrement ne répondent pas.",
];

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function pad(n: number): string {
  return String(n).padStart(4, "0");
}

function pickSectors(rng: Random, country: "DZ" | "RU"): SectorCode[] {
  const sectors = [rng.weighted(sectorWeights[country])];
  const count = rng.weighted([[1, 45], [2, 40], [3, 15]] as const);
  while (sectors.length < count) {
    // Only neighbouring trades, so a profile never mixes, say, sunflower oil and drilling.
    const pool = sectors.flatMap((s) => relatedSectors[s]).filter((s) => !sectors.includes(s));
    if (pool.length === 0) break;
    sectors.push(rng.pick(pool));
  }
  return sectors;
}

/** Draws until `make` gives a name and a domain key both not taken yet. */
function unique<T extends { key: string; name: string }>(rng: Random, used: Set<string>, make: (rng: Random) => T): T {
  for (let attempt = 0; attempt < 200; attempt++) {
    const candidate = make(rng);
    if (!used.has(candidate.key) && !used.has(candidate.name)) {
      used.add(candidate.key).add(candidate.name);
      return candidate;
    }
  }
  throw new Error("ran out of distinct demo company names");
}

function algerianName(rng: Random, sector: SectorCode, script: "fr" | "ar") {
  const [latinPlace, arabicPlace] = rng.pick(words.algerianPlaces);
  const templates = words.algerianNameTemplates[sector];
  const latinBase = rng.pick(templates.fr).replace("{p}", latinPlace);
  const key = slugify(latinBase);
  if (script === "fr") {
    const form = rng.weighted(words.algerianLegalForms);
    return { key, name: form ? `${form} ${latinBase}` : latinBase };
  }
  const template = rng.pick(templates.ar);
  const base = template.replace("{p}", arabicPlace);
  // "مخابر {p}" carries its own noun; "{p} للأدوية" needs "شركة" or the like before it.
  return { key, name: template.startsWith("{p}") ? `${rng.pick(words.arabicCompanyPrefixes)} ${base}` : base };
}

function russianName(rng: Random, sector: SectorCode) {
  const [latinStem, stem] = rng.pick(words.russianStems);
  const [latinTrade, trade] = rng.pick(words.russianTradeWords[sector]);
  const form = rng.weighted(words.russianLegalForms);
  return { key: `${latinStem}${latinTrade}`.toLowerCase(), name: `${form} «${stem}${trade}»` };
}

function describe(rng: Random, vocab: LanguageVocabulary, name: string, city: string, size: CompanySize, sectors: SectorCode[], lookingFor: LookingFor[]): string {
  const [primary, secondary] = sectors as [SectorCode, SectorCode | undefined];
  const main = vocab.sectors[primary];
  const sentences = [vocab.intro[size](name, city, rng.pick(main.activity))];
  if (secondary && rng.chance(0.5)) {
    sentences.push(rng.pick(main.sentences), rng.pick(vocab.sectors[secondary].sentences));
  } else {
    sentences.push(...rng.pickMany(main.sentences, rng.int(1, 2)));
  }
  if (sentences.length < 4 && rng.chance(0.7)) {
    sentences.push(vocab.lookingForSentence(vocab.joinList(lookingFor.map((l) => vocab.lookingFor[l]))));
  }
  return sentences.join(" ");
}

function items(rng: Random, vocab: LanguageVocabulary, sectors: SectorCode[], kind: "offers" | "needs") {
  const count = rng.weighted([[1, 30], [2, 45], [3, 25]] as const);
  const chosen: [string, SectorCode][] = [];
  for (let i = 0; i < count * 3 && chosen.length < count; i++) {
    // The first sector is the company's main trade: most items belong to it.
    const sector = i === 0 || rng.chance(0.5) ? (sectors[0] as SectorCode) : rng.pick(sectors);
    const text = rng.pick(vocab.sectors[sector][kind]);
    if (!chosen.some(([t]) => t === text)) chosen.push([text, sector]);
  }
  return chosen;
}

function person(rng: Random, country: "DZ" | "RU", native: boolean) {
  const female = rng.chance(country === "DZ" ? 0.45 : 0.5);
  if (country === "DZ") {
    const first = rng.pick(female ? words.algerianFemaleNames : words.algerianMaleNames);
    const last = rng.pick(words.algerianSurnames);
    return { female, fullName: native ? `${first[1]} ${last[1]}` : `${first[0]} ${last[0]}` };
  }
  const first = rng.pick(female ? words.russianFemaleNames : words.russianMaleNames);
  const last: Pair = rng.pick(words.russianSurnames);
  const script = native ? 1 : 0;
  const surname = female ? `${last[script]}${native ? "а" : "a"}` : last[script];
  return { female, fullName: `${first[script]} ${surname}` };
}

function delegate(rng: Random, company: { number: number; country: "DZ" | "RU"; language: ProfileLanguage }, index: number): DemoDelegate {
  let locale: ProfileLanguage;
  let languages: string[];
  let native: boolean;
  if (company.country === "DZ") {
    locale = rng.chance(company.language === "ar" ? 0.7 : 0.15) ? "ar" : "fr";
    native = locale === "ar" && rng.chance(0.6);
    languages = rng.chance(0.3) ? ["ar", "fr", "en"] : ["ar", "fr"];
  } else {
    locale = rng.chance(company.language === "en" ? 0.7 : 0.15) ? "en" : "ru";
    native = locale === "ru" && rng.chance(0.8);
    languages = ["ru"];
    if (locale === "en" || rng.chance(0.35)) languages.push("en");
    if (rng.chance(0.06)) languages.push("fr");
    if (rng.chance(0.03)) languages.push("ar");
  }
  const { female, fullName } = person(rng, company.country, native);
  const titles = words.jobTitles[locale];
  // The first delegate is the company's head; a second one works under them.
  const title = index === 1 ? rng.pick(titles.slice(0, 3)) : rng.pick(titles.slice(2));
  return {
    email: `delegate.${pad(company.number)}.${index}@${DEMO_EMAIL_DOMAIN}`,
    fullName,
    jobTitle: female ? title[1] : title[0],
    languages,
    locale,
  };
}

function generatedCompany(rng: Random, number: number, country: "DZ" | "RU", used: Set<string>): DemoCompany {
  const sectors = pickSectors(rng, country);
  const primary = sectors[0] as SectorCode;
  let language: ProfileLanguage;
  let named: { key: string; name: string };
  let city: string;
  let website: string;
  if (country === "DZ") {
    const script = rng.chance(0.18) ? "ar" : "fr";
    language = script === "ar" || rng.chance(0.22) ? "ar" : "fr";
    named = unique(rng, used, (r) => algerianName(r, primary, script));
    const [fr, ar] = rng.weighted(words.algerianCities.map((c) => [c, c[2]] as const));
    city = language === "ar" ? ar : fr;
    website = `https://www.${named.key}.${rng.chance(0.7) ? "dz" : "com"}`;
  } else {
    language = rng.chance(0.2) ? "en" : "ru";
    named = unique(rng, used, (r) => russianName(r, primary));
    const [en, ru] = rng.weighted(words.russianCities.map((c) => [c, c[2]] as const));
    city = language === "en" ? en : ru;
    website = `https://${named.key}.${rng.chance(0.85) ? "ru" : "com"}`;
  }
  const vocab = vocabularies[language];
  const size = rng.weighted(sizes);
  const lookingFor = rng
    .pickMany(lookingForOptions, rng.int(1, 3))
    .sort((a, b) => lookingForOptions.indexOf(a) - lookingForOptions.indexOf(b));
  const status: CompanyStatus = rng.chance(0.05) ? "pending" : "approved";
  const company: DemoCompany = {
    number,
    name: named.name,
    country,
    city,
    language,
    size,
    sectors,
    lookingFor,
    status,
    website: rng.chance(0.92) ? website : null,
    description: describe(rng, vocab, named.name, city, size, sectors, lookingFor),
    offers: items(rng, vocab, sectors, "offers"),
    needs: items(rng, vocab, sectors, "needs"),
    delegates: [],
    registeredHoursAgo: status === "pending" ? rng.int(2, 216) : rng.int(240, 2880),
  };
  const delegateCount = rng.chance(0.4) ? 2 : 1;
  for (let i = 1; i <= delegateCount; i++) company.delegates.push(delegate(rng, company, i));
  return company;
}

function fromHandwritten(h: HandwrittenCompany): DemoCompany {
  return {
    ...h,
    sectors: [...h.sectors],
    lookingFor: [...h.lookingFor],
    offers: [...h.offers],
    needs: [...h.needs],
    delegates: h.delegates.map((d, i) => ({
      ...d,
      email: d.email ?? `delegate.${pad(h.number)}.${i + 1}@${DEMO_EMAIL_DOMAIN}`,
      languages: [...d.languages],
    })),
  };
}

/** The ~500 demo companies; the same seed always gives the same companies. */
export function buildDemoCompanies(seed = DEMO_SEED): DemoCompany[] {
  const rng = createRandom(seed);
  const byNumber = new Map(handwrittenCompanies.map((h) => [h.number, h]));
  // Keep generated names and domains clear of the hand-written ones.
  const used = new Set(
    handwrittenCompanies.flatMap((h) => [h.name, (h.website ?? "").replace(/^https:\/\/(www\.)?|\.[a-z]+$/g, "")]),
  );
  const result: DemoCompany[] = [];
  for (let number = 1; number <= 2 * DEMO_COMPANIES_PER_COUNTRY; number++) {
    const handwritten = byNumber.get(number);
    const country = number <= DEMO_COMPANIES_PER_COUNTRY ? "DZ" : "RU";
    result.push(handwritten ? fromHandwritten(handwritten) : generatedCompany(rng, number, country, used));
  }
  // A couple of refusals, one per country, so the organiser's list shows every status.
  const handwrittenNumbers = new Set(byNumber.keys());
  for (const [index, country] of (["DZ", "RU"] as const).entries()) {
    const candidates = result.filter((c) => c.country === country && c.status === "approved" && !handwrittenNumbers.has(c.number));
    const rejected = rng.pick(candidates);
    rejected.status = "rejected";
    rejected.rejectionReason = rejectionReasons[index];
  }
  return result;
}
