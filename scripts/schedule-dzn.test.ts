import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

// Four participants, one table, six slots: 2 meets 1, 3 and 4, and is away in slot 3; meeting
// 4 (3 with 4) comes after meeting 2 (2 with 3).
const instance = `
nBusiness = 4; nMeetings = 4; nTables = 1; nTotalSlots = 6; nMorningSlots = 6;
requested = [| 1, 2, 3 | 2, 3, 3 | 2, 4, 3 | 3, 4, 3 |];
forbidden = [{0}, {3}, {0}, {0}];
fixed = [0, 0, 0, 0];
precedences = [{}, {}, {}, {2}];
`;

describe("schedule:dzn", () => {
  it("prints only the schedule on stdout, in the file's numbers, every rule kept; figures on stderr", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "dzn-")), "small.dzn");
    writeFileSync(file, instance);
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const { stdout, stderr } = await run(tsx, ["scripts/schedule-dzn.ts", file, "--time-limit-ms", "1500", "--check"]);
    const { schedule } = JSON.parse(stdout) as { schedule: { meeting: number; slot: number; table: number }[] };
    expect(schedule.map((s) => s.meeting).sort()).toEqual([1, 2, 3, 4]);
    const slotOf = new Map(schedule.map((s) => [s.meeting, s.slot]));
    // One table: four different slots; 2 never in slot 3; meeting 4 after meeting 2.
    expect(new Set(slotOf.values()).size).toBe(4);
    for (const m of [1, 2, 3]) expect(slotOf.get(m)).not.toBe(3);
    expect(slotOf.get(4)!).toBeGreaterThan(slotOf.get(2)!);
    expect(schedule.every((s) => s.table === 1)).toBe(true);
    expect(stderr).toMatch(/placed 4\/4, breaks \d+ \(proven fewest\)/);
    expect(stderr).not.toMatch(/violation/);
  });
});
