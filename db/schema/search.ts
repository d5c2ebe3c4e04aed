/**
 * The SQL behind the directory's search columns, shared by the schema (generated columns,
 * indexes) and the query (db/directory.ts), so both sides fold and parse text the same way.
 */

/** The text search configurations a company text is indexed with: exact words, then each forum language's stems. */
export const searchConfigs = ["simple", "french", "russian", "english", "arabic"] as const;
export type SearchConfig = (typeof searchConfigs)[number];

// Letters folded for typo-tolerant matching: Latin accents, Russian ё, Arabic alef and
// teh marbuta forms; Arabic short vowels and tatweel are dropped. "energie" finds "Énergie".
const foldPairs: readonly (readonly [string, string])[] = [
  ["àáâãäåā", "aaaaaaa"],
  ["çćč", "ccc"],
  ["èéêëēę", "eeeeee"],
  ["ìíîïī", "iiiii"],
  ["ñń", "nn"],
  ["òóôõöøō", "ooooooo"],
  ["ùúûüū", "uuuuu"],
  ["ýÿ", "yy"],
  ["śšß", "sss"],
  ["źżž", "zzz"],
  ["ł", "l"],
  ["ё", "е"],
  ["أإآٱ", "اااا"],
  ["ة", "ه"],
  ["ى", "ي"],
];
// Characters translate() deletes: they come after every mapped one in its "from" list.
const foldDropped = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640";

const foldFrom = foldPairs.map(([from]) => from).join("") + foldDropped;
const foldTo = foldPairs.map(([, to]) => to).join("");

/** `expression`, lower-cased and folded (an immutable SQL expression, usable in an index). */
export function searchFold(expression: string): string {
  return `translate(lower(${expression}), '${foldFrom}', '${foldTo}')`;
}

// Russian letters in Latin as most spell them (BGN/PCGN: я ya, х kh), so an Algerian typing
// "Volga" finds «ВолгаФарм» and "Kazan" finds Казань. Applied after searchFold, so to
// lower-case letters with ё already made е. Longer spellings are replaced before single letters.
const latinSpellings: readonly (readonly [string, string])[] = [
  ["щ", "shch"],
  ["ж", "zh"],
  ["х", "kh"],
  ["ц", "ts"],
  ["ч", "ch"],
  ["ш", "sh"],
  ["ю", "yu"],
  ["я", "ya"],
];
const latinFrom = "абвгдезиклмнопрстуфыэй";
const latinTo = "abvgdeziklmnoprstufye";
// Hard and soft signs have no Latin letter: translate() drops them.
const latinDropped = "ъь";

/**
 * A folded expression's Russian letters in Latin (an immutable SQL expression). Names are
 * indexed with й both ways, as «Байкал» is written Baikal as often as Baykal.
 */
export function searchLatin(folded: string, shortI: "y" | "i" = "y"): string {
  const replaced = latinSpellings.reduce((text, [from, to]) => `replace(${text}, '${from}', '${to}')`, folded);
  return `translate(${replaced}, '${latinFrom}${latinDropped}', '${latinTo}${shortI}')`;
}

type Weight = "A" | "B" | "C" | "D";

function weighted(column: string, weight: Weight): string[] {
  return searchConfigs.map((config) => {
    const text = config === "simple" ? searchFold(`"${column}"`) : `"${column}"`;
    return `setweight(to_tsvector('${config}'::regconfig, ${text}), '${weight}')`;
  });
}

/** A column's words in Latin letters, as exact words, with й as y and as i. */
function latin(column: string, weight: Weight): string[] {
  return (["y", "i"] as const).map(
    (shortI) => `setweight(to_tsvector('simple'::regconfig, ${searchLatin(searchFold(`"${column}"`), shortI)}), '${weight}')`,
  );
}

/**
 * The generated tsvector the directory matches on: name A (and in Latin letters), offers and
 * needs B, description and sector names C, city D (and in Latin letters).
 */
export const searchVectorSql = [
  ...weighted("name", "A"),
  ...latin("name", "A"),
  ...weighted("items_text", "B"),
  ...weighted("description", "C"),
  ...weighted("sector_text", "C"),
  `setweight(to_tsvector('simple'::regconfig, ${searchFold('"city"')}), 'D')`,
  ...latin("city", "D"),
].join(" || ");

/**
 * Name A and offers and needs B only: what the directory ranks matches with. A tenth of the
 * full vector's size, so ranking thousands of matches reads no compressed or out-of-line value.
 */
export const rankVectorSql = [...weighted("name", "A"), ...latin("name", "A"), ...weighted("items_text", "B")].join(" || ");
