import { readFileSync } from "node:fs";
import { dznToInput, parseDzn, toDznSchedule } from "../lib/scheduler/dzn";
import { validateSchedule } from "../lib/scheduler/index";
import { scheduleWithHelper } from "../lib/scheduler/parallel";

/**
 * `npm run --silent schedule:dzn -- FILE.dzn [--time-limit-ms N] [--seed S] [--check]`:
 * schedules a B2B benchmark instance and prints `{"schedule":[{"meeting","slot","table"}, ...]}`
 * in the file's 1-based numbers, and nothing else, on stdout. `--check` validates the result
 * and reports figures on stderr; any error goes to stderr with a non-zero exit.
 */
const usage = "usage: schedule-dzn FILE.dzn [--time-limit-ms N] [--seed S] [--check]";

function parseArguments(argv: string[]): { file: string; timeLimitMs: number; seed: number; check: boolean } {
  let file: string | undefined;
  let timeLimitMs = 2_000;
  let seed = 1;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const number = (name: string) => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a non-negative integer\n${usage}`);
      return value;
    };
    if (arg === "--time-limit-ms") timeLimitMs = number(arg);
    else if (arg === "--seed") seed = number(arg);
    else if (arg === "--check") check = true;
    else if (arg.startsWith("--") || file !== undefined) throw new Error(`unexpected argument ${arg}\n${usage}`);
    else file = arg;
  }
  if (file === undefined) throw new Error(usage);
  return { file, timeLimitMs, seed, check };
}

function main(): number {
  const args = parseArguments(process.argv.slice(2));
  const instance = parseDzn(readFileSync(args.file, "utf8"));
  const input = dznToInput(instance);
  const result = scheduleWithHelper(input, { timeLimitMs: args.timeLimitMs, seed: args.seed });
  if (args.check) {
    const violations = validateSchedule(input, result, { maxBreakDifference: 2 });
    const { placed, unplaced, totalBreaks, maxBreakDifference, runTimeMs, timeToBestMs, fewestBreaksProven } = result.stats;
    console.error(
      `placed ${placed}/${placed + unplaced}, breaks ${totalBreaks}${fewestBreaksProven ? " (proven fewest)" : ""}, max break difference ${maxBreakDifference}, ` +
        `best after ${timeToBestMs.toFixed(0)} ms of ${runTimeMs.toFixed(0)} ms`,
    );
    for (const u of result.unplaced) console.error(`unplaced meeting ${u.meetingId}: ${JSON.stringify(u.reason)}`);
    for (const v of violations) console.error(`violation (${v.rule}): ${v.message}`);
    if (violations.length > 0) return 1;
  }
  process.stdout.write(JSON.stringify({ schedule: toDznSchedule(result.placed) }) + "\n");
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
