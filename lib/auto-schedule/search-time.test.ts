import { describe, expect, it } from "vitest";
import { searchTimeMs } from "./search-time";

describe("how long the auto-scheduler searches", () => {
  it("gives a forum of a few hundred requests two seconds, and a larger one more, up to ten, in whole seconds", () => {
    expect(searchTimeMs(0)).toBe(2_000);
    expect(searchTimeMs(314)).toBe(2_000);
    expect(searchTimeMs(1_600)).toBe(3_000);
    expect(searchTimeMs(4_000)).toBe(8_000);
    expect(searchTimeMs(50_000)).toBe(10_000);
  });
});
