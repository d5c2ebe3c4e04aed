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

function weighted(column: string, weight: "A" | "B" | "C" | "D"): string[] {
  return searchConfigs.map((config) => {
    const text = config === "simple" ? searchFold(`"${column}"`) : `"${column}"`;
    return `setweight(to_tsvector('${config}'::regconfig, ${text}), '${weight}')`;
  });
}

/** The generated tsvector the directory matches on: name A, offers and needs B, description C, city D. */
export const searchVectorSql = [
  ...weighted("name", "A"),
  ...weighted("items_text", "B"),
  ...weighted("description", "C"),
  `setweight(to_tsvector('simple'::regconfig, ${searchFold('"city"')}), 'D')`,
].join(" || ");

/**
 * Name A and offers and needs B only: what the directory ranks matches with. A tenth of the
 * full vector's size, so ranking thousands of matches reads no compressed or out-of-line value.
 */
export const rankVectorSql = [...weighted("name", "A"), ...weighted("items_text", "B")].join(" || ");
