// Short words carry little meaning in any of the forum's languages ("de", "и", "في", "the").
const minLength = 4;
// Comparing word stems by their first letters lets "distributeur" meet "distribution" and
// "генерики" meet "генериков" without a stemmer per language.
const stemLength = 6;

/** The comparable stems of a text, in any script. */
export function stems(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLocaleLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length >= minLength) result.add(word.slice(0, stemLength));
  }
  return result;
}

export function sharesStem(a: Set<string>, b: Set<string>): boolean {
  for (const stem of a) if (b.has(stem)) return true;
  return false;
}
