import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { isolated, localizedList } from "./localized";

describe("a name inside a sentence", () => {
  it("is set apart with its own direction, so a Russian name keeps its guillemets in an Arabic heading", () => {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", "ar", "dayof.json"), "utf8"));
    const t = createTranslator({ locale: "ar", messages, namespace: "attendance" });
    expect(t("titleWith", { company: isolated("АО «ВолгаФарм»") })).toBe("لقاء مع \u2068АО «ВолгаФарм»\u2069");
  });
});

describe("a list in the reader's language", () => {
  it("is the reader's own, else the French one, else any given, and is never mixed from two languages", () => {
    const speakers = { fr: ["Ministre", "Ambassadeur"], ru: ["Министр"], ar: [] };
    expect(localizedList(speakers, "ru")).toEqual(["Министр"]);
    expect(localizedList(speakers, "ar")).toEqual(["Ministre", "Ambassadeur"]);
    expect(localizedList(speakers, "en")).toEqual(["Ministre", "Ambassadeur"]);
    expect(localizedList({ en: ["Minister"] }, "fr")).toEqual(["Minister"]);
    expect(localizedList({}, "fr")).toEqual([]);
    expect(localizedList(null, "fr")).toEqual([]);
  });
});
