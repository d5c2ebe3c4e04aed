// Short words carry little meaning in any of the forum's languages ("de", "и", "في", "the").
const minLength = 4;
// Comparing word stems by their first letters lets "distributeur" meet "distribution" and
// "генерики" meet "генериков" without a stemmer per language.
const stemLength = 6;

// Ranking a forum compares every company's offers with every other's needs: each text's stems
// are worked out once and kept (bounded, so a long-running server does not grow without end).
const known = new Map<string, Set<string>>();
const maxKnown = 50_000;

/** The comparable stems of a text, in any script. Do not modify the returned set. */
export function stems(text: string): Set<string> {
  let result = known.get(text);
  if (result) return result;
  if (known.size >= maxKnown) known.clear();
  result = new Set<string>();
  known.set(text, result);
  for (const word of text.toLocaleLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length >= minLength) result.add(word.slice(0, stemLength));
  }
  return result;
}

export function sharesStem(a: Set<string>, b: Set<string>): boolean {
  return sharedStems(a, b) > 0;
}

/** How many stems two texts share: the more, the closer they are. */
export function sharedStems(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}
