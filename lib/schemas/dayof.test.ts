import { describe, expect, it } from "vitest";
import { outcomeSchema } from "./dayof";

const meetingId = "4b7a5c3e-2f1d-4e8a-9b6c-1d2e3f4a5b6c";
const valueOf = (estimatedValue: string) => outcomeSchema.safeParse({ meetingId, outcome: "mou", estimatedValue, currency: "DZD" });

describe("the outcome's estimated value", () => {
  it("reads a number as people type it, on any keyboard", () => {
    expect(valueOf("150000").data?.estimatedValue).toBe(150000);
    expect(valueOf("1 500 000,50").data?.estimatedValue).toBe(1500000.5);
    expect(valueOf("1\u202f500\u202f000").data?.estimatedValue).toBe(1500000);
    expect(valueOf("1,500,000.50").data?.estimatedValue).toBe(1500000.5);
    expect(valueOf("1,500,000").data?.estimatedValue).toBe(1500000);
    // Arabic-Indic digits, with the Arabic thousands and decimal separators.
    expect(valueOf("١٥٠٠٠٠").data?.estimatedValue).toBe(150000);
    expect(valueOf("١٬٥٠٠٬٠٠٠٫٥").data?.estimatedValue).toBe(1500000.5);
    expect(valueOf("۲۵۰۰۰۰").data?.estimatedValue).toBe(250000);
  });

  it("takes empty as none, and needs no currency then", () => {
    const parsed = outcomeSchema.safeParse({ meetingId, outcome: "no_interest", estimatedValue: "  ", currency: "" });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.estimatedValue).toBeUndefined();
  });

  it("refuses anything else with the message that asks for digits, never an untranslated code", () => {
    for (const typed of ["abc", "150k", "-5", "1e5", "12.5.3", "Infinity", "1e14"]) {
      const parsed = valueOf(typed);
      expect(parsed.success, typed).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message]), typed).toEqual([["estimatedValue", "invalidAmount"]]);
    }
  });
});
