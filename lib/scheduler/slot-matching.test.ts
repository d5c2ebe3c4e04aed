import { describe, expect, it } from "vitest";
import { buildModel } from "./model";
import { positive, SatSolver } from "./sat";
import { SlotMatching } from "./slot-matching";
import { forum, meeting, slots } from "./testing";

/**
 * One slot with one table, and four participants: a and b may meet there, c and d may not
 * any more. Each variable is set at the root, as the solver would have decided it.
 */
function oneSlot() {
  const model = buildModel(forum(["a", "b", "c", "d"], slots(1, { tables: 1 }), [meeting("ab", "a", "b"), meeting("cd", "c", "d")]));
  const solver = new SatSolver();
  const busy = [0, 1, 2, 3].map(() => positive(solver.newVariable()));
  const x = Int32Array.of(solver.newVariable(), solver.newVariable()); // ab, cd in the one slot
  const matching = new SlotMatching(model, [0, 1], x, Int32Array.from(busy), Int32Array.of(1), solver.variableCount);
  return { solver, busy, x, matching };
}

describe("the slots' matching", () => {
  it("sees busy participants who cannot pair up at the tables, and blames only those it needs", () => {
    const { solver, busy, x, matching } = oneSlot();
    for (const b of busy) solver.addClause([b]);
    solver.addClause([positive(x[1]!) ^ 1]); // cd ruled out
    const clause = matching.check(solver);
    // a and b share the table, c and d need one each: three tables for one. c and d alone already
    // need two, so a and b are left out; and the slot would fit if cd were held there after all.
    expect(clause).not.toBeNull();
    expect(new Set(clause)).toEqual(new Set([busy[2]! ^ 1, busy[3]! ^ 1, positive(x[1]!)]));
    for (const l of clause!) expect(solver.valueOf(l)).toBe(-1);
    expect(matching.conflicts).toBe(1);
  });

  it("lets a slot be while its busy participants can pair up at its tables, and learns the smallest reason when they cannot", () => {
    const { solver, busy, matching } = oneSlot();
    // a and b busy: they may meet, so the one table does.
    solver.addClause([busy[0]!]);
    solver.addClause([busy[1]!]);
    expect(matching.check(solver)).toBeNull();
    // c and d too, with cd open: two pairs, two tables. Any two who cannot meet each other
    // already need both; the clause names such a pair, b and d, and nothing else.
    solver.addClause([busy[2]!]);
    solver.addClause([busy[3]!]);
    expect(matching.check(solver)).toEqual([busy[1]! ^ 1, busy[3]! ^ 1]);
  });
});
