import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./accept-language";

describe("localeFromAcceptLanguage", () => {
  it("takes the best-weighted language the forum speaks", () => {
    expect(localeFromAcceptLanguage("ru;q=0.9, en;q=0.8", "en")).toBe("ru");
    expect(localeFromAcceptLanguage("de, fr;q=0.5, en;q=0.4", "en")).toBe("fr");
  });

  it("matches a regional variant to its language", () => {
    expect(localeFromAcceptLanguage("ar-DZ", "en")).toBe("ar");
    expect(localeFromAcceptLanguage("fr-CA,fr;q=0.9", "en")).toBe("fr");
  });

  it("falls back when nothing is asked for, nothing fits, or the header is malformed", () => {
    expect(localeFromAcceptLanguage(null, "en")).toBe("en");
    expect(localeFromAcceptLanguage("de, zh;q=0.5", "en")).toBe("en");
    expect(localeFromAcceptLanguage("*", "en")).toBe("en");
    expect(localeFromAcceptLanguage("en_US-@@@", "ru")).toBe("ru");
  });
});
