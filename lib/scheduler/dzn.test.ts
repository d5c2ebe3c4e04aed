import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DznError, dznToInput, parseDzn, toDznSchedule } from "./dzn";
import { schedule, validateSchedule } from "./index";

const sample = `
nBusiness = 3; nMeetings = 3;  % a comment
nTables = 1; nTotalSlots = 4; nMorningSlots = 2;
requested = [| 1, 2, 1
             | 1, 3, 3,
             | 2, 3, 2 |];
forbidden = [{0}, {0, 3}, {}];
fixed = [0, 3, 0];
precedences = [{}, {}, {1}];
`;

describe("parseDzn", () => {
  it("reads the benchmark format, in any layout", () => {
    expect(parseDzn(sample)).toEqual({
      participants: 3,
      tables: 1,
      slots: 4,
      morningSlots: 2,
      requested: [
        [1, 2, 1],
        [1, 3, 3],
        [2, 3, 2],
      ],
      forbidden: [[], [3], []],
      fixed: [0, 3, 0],
      precedences: [[], [], [1]],
    });
  });

  it("treats missing optional arrays as none", () => {
    const parsed = parseDzn("nBusiness=2;nTables=1;nTotalSlots=2;requested=[|1,2,3|];");
    expect(parsed).toMatchObject({ morningSlots: 2, forbidden: [[], []], fixed: [0], precedences: [[]] });
  });

  it("says what is wrong with a malformed file", () => {
    expect(() => parseDzn("nBusiness = 2; nTables = 1; nTotalSlots = 2; requested = [| 1, 5, 3 |];")).toThrow(DznError);
    expect(() => parseDzn("nBusiness = 2; nTables = 1; nTotalSlots = 2;")).toThrow(/requested/);
    expect(() => parseDzn("nBusiness = 2; requested = [| 1, 2")).toThrow(/unterminated|end of file/);
  });

  it("schedules the sample honouring sessions, fixed slots, forbidden slots and precedences", () => {
    const input = dznToInput(parseDzn(sample));
    const result = schedule(input, { timeLimitMs: 200 });
    expect(validateSchedule(input, result, { maxBreakDifference: 2 })).toEqual([]);
    const numbers = toDznSchedule(result.placed);
    expect(numbers).toHaveLength(3);
    expect(numbers.find((p) => p.meeting === 2)?.slot).toBe(3);
  });
});

describe("a real benchmark instance", () => {
  const file = path.join(process.cwd(), "..", "shared", "bench", "b2b-jair", "tic-12.original.dzn");
  it.skipIf(!existsSync(file))("tic-12: every meeting placed, every rule kept (skipped when ../shared/bench/b2b-jair is absent)", () => {
    const input = dznToInput(parseDzn(readFileSync(file, "utf8")));
    expect(input.meetings).toHaveLength(125);
    const result = schedule(input, { timeLimitMs: 2_000 });
    expect(validateSchedule(input, result, { maxBreakDifference: 2 })).toEqual([]);
    expect(result.stats.placed).toBe(125);
  });
});
