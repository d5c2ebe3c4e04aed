import type { LocalizedList, LocalizedText } from "@/db/schema";
import { intlOnce } from "@/lib/time";

/** A data text in the reader's language, falling back to French, then to any language given. */
export function localized(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return "";
  const own = text[locale as keyof LocalizedText];
  return own ?? text.fr ?? Object.values(text).find(Boolean) ?? "";
}

/** A data list in the reader's language, falling back as `localized` does: a list is not mixed from two languages. */
export function localizedList(list: LocalizedList | null | undefined, locale: string): string[] {
  if (!list) return [];
  const own = list[locale as keyof LocalizedList];
  if (own?.length) return own;
  if (list.fr?.length) return list.fr;
  return Object.values(list).find((l) => l && l.length > 0) ?? [];
}

/** Languages by their codes, named in the reader's language and listed as a sentence would ("Russian and French"). */
export function languageNames(codes: readonly string[], locale: string): string {
  const names = intlOnce("names", locale, { type: "language" }, () => new Intl.DisplayNames([locale], { type: "language" }));
  const list = intlOnce("list", locale, { type: "conjunction" }, () => new Intl.ListFormat(locale, { type: "conjunction" }));
  return list.format(codes.map((code) => names.of(code) ?? code));
}

export function countryName(code: string, locale: string): string {
  try {
    return intlOnce("names", locale, { type: "region" }, () => new Intl.DisplayNames([locale], { type: "region" })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * A name set apart from the sentence around it (Unicode FSI … PDI), so that each keeps its own
 * direction: "АО «ВолгаФарм»" inside an Arabic sentence would otherwise lose its closing
 * guillemet to the far end of the line.
 */
export function isolated(name: string): string {
  return `\u2068${name}\u2069`;
}
