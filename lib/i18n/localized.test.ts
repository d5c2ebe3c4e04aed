import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { isolated } from "./localized";

describe("a name inside a sentence", () => {
  it("is set apart with its own direction, so a Russian name keeps its guillemets in an Arabic heading", () => {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", "ar", "dayof.json"), "utf8"));
    const t = createTranslator({ locale: "ar", messages, namespace: "attendance" });
    expect(t("titleWith", { company: isolated("АО «ВолгаФарм»") })).toBe("لقاء مع \u2068АО «ВолгаФарм»\u2069");
  });
});
