import { describe, expect, it } from "vitest";
import { assignMinCost } from "./assignment";
import { placementUpperBound } from "./bounds";
import { breakSpread, breaksOfSlots } from "./breaks";
import { buildModel } from "./model";
import { createRandom } from "./random";
import { bestArrangement } from "./reoptimise";
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

  it("arranges a participant's day at the least cost, as trying every window and order does", () => {
    const random = createRandom(3);
    const idleWeight = 0.2;
    for (let round = 0; round < 400; round++) {
      const width = 4 + random.int(5);
      const k = 2 + random.int(3);
      const pinned = new Uint8Array(width);
      for (let i = random.int(2); i > 0; i--) pinned[random.int(width)] = 1;
      // Costs below zero too: a meeting that frees a partner's slot helps the others.
      const optionCost = Float64Array.from({ length: k * width }, () => (random.next() < 0.2 ? Infinity : (random.int(26) - 10) / 5));
      let fewest = Infinity;
      const n = k + pinned.reduce((a, b) => a + b, 0);
      for (let length = n; length <= n + 2 && length <= width; length++)
        for (let start = 0; start + length <= width; start++) {
          if (pinned.some((on, c) => on && (c < start || c >= start + length))) continue;
          const free = Array.from({ length }, (_, i) => start + i).filter((c) => !pinned[c]);
          const orders = (i: number, used: number[]): number =>
            i === k ? 0 : Math.min(...free.filter((c) => !used.includes(c)).map((c) => optionCost[i * width + c]! + orders(i + 1, [...used, c])), Infinity);
          fewest = Math.min(fewest, (length - n) * (1 + idleWeight) + orders(0, []));
        }
      const slots = bestArrangement(optionCost, pinned, k, idleWeight);
      if (fewest === Infinity) {
        expect(slots).toBeNull();
        continue;
      }
      expect(new Set(slots).size).toBe(k);
      const low = Math.min(...slots!);
      const high = Math.max(...slots!, ...Array.from(pinned.keys()).filter((c) => pinned[c]));
      const span = high - Math.min(low, ...Array.from(pinned.keys()).filter((c) => pinned[c]));
      const idle = span + 1 - n;
      const cost = slots!.reduce((sum, c, i) => sum + optionCost[i * width + c]!, 0) + idle * (1 + idleWeight);
      expect(cost).toBeCloseTo(fewest, 9);
    }
  });
});
