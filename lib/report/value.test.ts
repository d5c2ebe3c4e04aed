import { describe, expect, it } from "vitest";
import { convert, dealValue } from "./value";

const rates = { USD: 1, EUR: 1.1, DZD: 0.0075, RUB: 0.01 };

describe("deal value", () => {
  it("converts through the dollar rates", () => {
    expect(convert(100, "EUR", "USD", rates)).toBeCloseTo(110);
    expect(convert(1_000_000, "DZD", "EUR", rates)).toBeCloseTo(7500 / 1.1);
    expect(convert(5, "USD", "USD", {})).toBe(5);
  });

  it("counts a meeting once at its larger estimate, signed when either side signed, and skips no interest", () => {
    const value = dealValue(
      [
        { meetingId: "m1", outcome: "contract", value: 100_000, currency: "USD" },
        { meetingId: "m1", outcome: "mou", value: 10_000_000, currency: "RUB" },
        { meetingId: "m2", outcome: "follow_up", value: 1000, currency: "EUR" },
        { meetingId: "m3", outcome: "no_interest", value: 999, currency: "USD" },
      ],
      "USD",
      rates,
    );
    expect(value.signed).toBeCloseTo(100_000);
    expect(value.pipeline).toBeCloseTo(1100);
    expect(value.meetingsWithValue).toBe(2);
  });
});
