import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path inside the app and adds the locale", () => {
    expect(safeNextPath("/schedule", "ru", "/")).toBe("/ru/schedule");
    expect(safeNextPath("/ar/organiser", "fr", "/")).toBe("/ar/organiser");
  });

  it("refuses other origins and odd paths", () => {
    expect(safeNextPath("//evil.example/x", "fr", "/schedule")).toBe("/fr/schedule");
    expect(safeNextPath("https://evil.example", "en", "/schedule")).toBe("/en/schedule");
    expect(safeNextPath("/\\evil.example", "en", "/schedule")).toBe("/en/schedule");
    expect(safeNextPath("javascript:alert(1)", "en", "/")).toBe("/en");
  });

  it("falls back to French for an unknown locale", () => {
    expect(safeNextPath(undefined, "de", "/schedule")).toBe("/fr/schedule");
  });
});
