import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditChanges, formatAuditValue } from "./audit-format";

const yesNo: [string, string] = ["oui", "non"];

describe("reading the audit log", () => {
  it("shows instants in the forum's zone, not the machine's", () => {
    expect(formatAuditValue("2026-12-08T09:00:00.000Z", "fr", "Africa/Algiers", yesNo)).toBe("mardi 8 décembre 2026 10:00");
    expect(formatAuditValue("2026-12-08T09:00:00.000Z", "en", "Europe/Moscow", yesNo)).toBe("Tuesday, December 8, 2026 12:00");
  });

  it("writes texts per language, booleans as words, empties as a dash", () => {
    expect(formatAuditValue({ fr: "Alger", en: "Algiers" }, "fr", "UTC", yesNo)).toBe("FR: Alger · EN: Algiers");
    expect(formatAuditValue(true, "fr", "UTC", yesNo)).toBe("oui");
    expect(formatAuditValue(null, "fr", "UTC", yesNo)).toBe("—");
    expect(formatAuditValue(["A", "B"], "fr", "UTC", yesNo)).toBe("A, B");
    expect(formatAuditValue({ fr: ["Ministre", "Ambassadeur"], ru: ["Министр"] }, "fr", "UTC", yesNo)).toBe("FR: Ministre, Ambassadeur · RU: Министр");
    expect(formatAuditValue({}, "fr", "UTC", yesNo)).toBe("—");
    expect(formatAuditValue([], "fr", "UTC", yesNo)).toBe("—");
  });

  it("lists each field an entry touched, before and after", () => {
    expect(auditChanges({ slotMinutes: 30 }, { slotMinutes: 20, slotsAdded: 4 }, "fr", "UTC", yesNo)).toEqual([
      { field: "slotMinutes", before: "30", after: "20" },
      { field: "slotsAdded", before: null, after: "4" },
    ]);
    expect(auditChanges(null, { status: "cancelled" }, "fr", "UTC", yesNo)).toEqual([{ field: "status", before: null, after: "cancelled" }]);
  });
});

describe("the audit log's wording", () => {
  it("names every action the code records, in each language", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path.join(dir, e.name)] : [],
      );
    const recorded = new Set(sources(path.join(process.cwd(), "lib")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/action: "([a-z]+\.[A-Za-z]+)"/g)].map((m) => m[1]!)));
    expect(recorded.size).toBeGreaterThan(15);
    for (const locale of ["fr", "ar", "ru", "en"]) {
      const actions = JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "setup.json"), "utf8")).audit.actions;
      for (const action of recorded) {
        const [entity, verb] = action.split(".");
        expect(actions[entity!]?.[verb!], `${locale}: ${action}`).toEqual(expect.any(String));
      }
    }
  });
});
