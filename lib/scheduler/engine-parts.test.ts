import { describe, expect, it } from "vitest";
import { assignMinCost } from "./assignment";
import { placementUpperBound } from "./bounds";
import { breakSpread, breaksOfSlots } from "./breaks";
import { buildModel } from "./model";
import { createRandom } from "./random";
import { forum, meeting, slots } from "./testing";

describe("engine parts", () => {
  it("counts a break per idle run, per day", () => {
    expect(breaksOfSlots([0, 1, 2], [0, 0, 0])).toBe(0);
    expect(breaksOfSlots([0, 4], [0, 0, 0, 0, 0])).toBe(1);
    expect(breaksOfSlots([0, 2, 4], [0, 0, 0, 0, 0])).toBe(2);
    expect(breaksOfSlots([1, 3], [0, 0, 1, 1])).toBe(0);
    expect(breakSpread([0, 2, 1])).toBe(2);
  });

  it("finds the cheapest assignment, and none when a row has no allowed column", () => {
    const cost = Float64Array.from([4, 1, 3, 2, 0, 5, 3, 2, 2]);
    const assignment = assignMinCost(cost, 3, 3)!;
    expect([...assignment].reduce((sum, c, r) => sum + cost[r * 3 + c]!, 0)).toBe(5);
    expect(assignMinCost(Float64Array.from([Infinity, Infinity, 1, 2]), 2, 2)).toBeNull();
  });

  it("bounds the placeable meetings by tables and by each participant's slots", () => {
    const input = forum(["a", "b", "c", "d"], slots(2, { tables: 5 }), [
      meeting("ab", "a", "b"),
      meeting("ac", "a", "c"),
      meeting("ad", "a", "d"),
      meeting("bc", "b", "c"),
    ]);
    expect(placementUpperBound(buildModel(input))).toBe(3); // a has two slots for three requests
    expect(placementUpperBound(buildModel({ ...input, slots: slots(2, { tables: 1 }) }))).toBe(2);
  });

  it("repeats its random numbers for a seed", () => {
    const a = createRandom(5);
    const b = createRandom(5);
    expect(Array.from({ length: 5 }, () => a.int(100))).toEqual(Array.from({ length: 5 }, () => b.int(100)));
  });
});
