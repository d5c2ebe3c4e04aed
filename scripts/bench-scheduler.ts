import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { placementUpperBound } from "../lib/scheduler/bounds";
import { dznToInput, parseDzn } from "../lib/scheduler/dzn";
import { schedule, validateSchedule, type SchedulerInput, type SchedulerMeeting } from "../lib/scheduler/index";
import { scheduleWithHelper } from "../lib/scheduler/parallel";
import { buildModel } from "../lib/scheduler/model";
import { createRandom } from "../lib/scheduler/random";

/**
 * `npm run bench:scheduler [-- --json] [--seeds N] [--time-limit-ms N] [--one-thread]`: the ten
 * B2B benchmark instances (../shared/bench/b2b-jair), each run with N seeds (default 3) and the
 * worst run shown, then a synthetic forum of 500 companies and 4,000 accepted requests. Every
 * schedule is checked by validateSchedule. The instances run as the command-line tool runs
 * them, with the helper thread (`--one-thread`: without). A run stops when it reaches the
 * proven optimum, given as its target; the time shown is when its final schedule was reached,
 * and "proven" counts the runs whose engine showed by itself that nothing better exists.
 */
const OPTIMA: Record<string, number> = {
  "forum-13": 0,
  "forum-14": 2,
  "forumt-14": 5,
  "forumt-14crafd": 4,
  "tic-12": 0,
  "tic-13": 0,
  "tic-13crafc": 4,
  "tic-14crafa": 0,
  "ticf-13crafb": 3,
  "ticf-13crafc": 1,
};

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const json = argv.includes("--json");
const seeds = flag("--seeds", 3);
const timeLimitMs = flag("--time-limit-ms", 2_000);
const run = argv.includes("--one-thread") ? schedule : scheduleWithHelper;
const folder = path.join(process.cwd(), "..", "shared", "bench", "b2b-jair");

interface InstanceRow {
  instance: string;
  placed: number;
  meetings: number;
  breaks: number;
  optimum: number;
  maxBreakDifference: number;
  timeMs: number;
  valid: boolean;
  breaksPerSeed: number[];
  proven: number;
}

function benchInstances(): InstanceRow[] {
  if (!existsSync(folder)) {
    console.error(`no benchmark folder at ${folder}: instances skipped`);
    return [];
  }
  return Object.entries(OPTIMA).map(([name, optimum]) => {
    const input = dznToInput(parseDzn(readFileSync(path.join(folder, `${name}.original.dzn`), "utf8")));
    const runs = Array.from({ length: seeds }, (_, i) => {
      const result = run(input, { seed: i + 1, timeLimitMs, targetBreaks: optimum });
      return { result, valid: validateSchedule(input, result, { maxBreakDifference: 2 }).length === 0 };
    });
    const worst = runs.reduce((a, b) =>
      b.result.stats.placed < a.result.stats.placed || b.result.stats.totalBreaks > a.result.stats.totalBreaks ? b : a,
    );
    return {
      instance: name,
      placed: worst.result.stats.placed,
      meetings: input.meetings.length,
      breaks: worst.result.stats.totalBreaks,
      optimum,
      maxBreakDifference: Math.max(...runs.map((r) => r.result.stats.maxBreakDifference)),
      timeMs: Math.max(...runs.map((r) => r.result.stats.timeToBestMs)),
      valid: runs.every((r) => r.valid),
      breaksPerSeed: runs.map((r) => r.result.stats.totalBreaks),
      proven: runs.filter((r) => r.result.stats.fewestBreaksProven).length,
    };
  });
}

/**
 * 500 companies, 4,000 accepted requests (each pair once, no company in more than 32, some
 * companies far more wanted than others), 2 days of 16 slots (8 in the morning), 80 tables,
 * one company in twenty away for a half-day, priorities 0 to 2. The same for a seed.
 */
function syntheticForum(seed = 2026): SchedulerInput {
  const random = createRandom(seed);
  const COMPANIES = 500;
  const REQUESTS = 4_000;
  const slots = ["d1", "d2"].flatMap((day) =>
    Array.from({ length: 16 }, (_, i) => ({
      id: `${day}-s${i + 1}`,
      day,
      period: i < 8 ? ("morning" as const) : ("afternoon" as const),
      tableIds: Array.from({ length: 80 }, (_, k) => `T${k + 1}`),
    })),
  );
  const participants = Array.from({ length: COMPANIES }, (_, i) => {
    const away = random.next() < 0.05 ? random.int(4) : -1;
    return { id: `c${i + 1}`, unavailableSlotIds: away < 0 ? [] : slots.slice(away * 8, away * 8 + 8).map((s) => s.id) };
  });
  const appeal = participants.map(() => 0.3 + random.next() ** 2 * 3);
  const total = appeal.reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = random.next() * total;
    for (let i = 0; i < COMPANIES; i++) if ((r -= appeal[i]!) <= 0) return i;
    return COMPANIES - 1;
  };
  const degree = new Int32Array(COMPANIES);
  const pairs = new Set<string>();
  const meetings: SchedulerMeeting[] = [];
  while (meetings.length < REQUESTS) {
    const a = pick();
    const b = pick();
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || pairs.has(key) || degree[a]! >= 32 || degree[b]! >= 32) continue;
    pairs.add(key);
    degree[a]!++;
    degree[b]!++;
    meetings.push({ id: `r${meetings.length + 1}`, participantIds: [`c${a + 1}`, `c${b + 1}`], priority: random.int(3) });
  }
  return { participants, slots, meetings };
}

function benchSynthetic() {
  const input = syntheticForum();
  const bound = placementUpperBound(buildModel(input));
  const result = schedule(input, { seed: 1, timeLimitMs: 1_000 });
  return {
    instance: "synthetic forum",
    companies: input.participants.length,
    requests: input.meetings.length,
    bound,
    placed: result.stats.placed,
    placementMs: result.stats.placementMs,
    breaks: result.stats.totalBreaks,
    maxBreakDifference: result.stats.maxBreakDifference,
    runTimeMs: result.stats.runTimeMs,
    valid: validateSchedule(input, result).length === 0,
  };
}

const instances = benchInstances();
const synthetic = benchSynthetic();
if (json) {
  process.stdout.write(JSON.stringify({ seeds, timeLimitMs, instances, synthetic }, null, 2) + "\n");
} else {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`B2B benchmark, ${seeds} seed(s) each, worst shown, limit ${timeLimitMs} ms, ${run === schedule ? "one thread" : "with the helper thread"}`);
  console.log(`${"instance".padEnd(16)} ${pad("placed", 9)} ${pad("breaks", 7)} ${pad("optimum", 8)} ${pad("maxdiff", 8)} ${pad("time ms", 8)}  valid  proven  per seed`);
  for (const r of instances)
    console.log(
      `${r.instance.padEnd(16)} ${pad(`${r.placed}/${r.meetings}`, 9)} ${pad(r.breaks, 7)} ${pad(r.optimum, 8)} ${pad(r.maxBreakDifference, 8)} ${pad(r.timeMs.toFixed(0), 8)}  ${r.valid ? "yes  " : "NO   "}  ${pad(`${r.proven}/${seeds}`, 6)}  ${r.breaksPerSeed.join(" ")}`,
    );
  const s = synthetic;
  console.log(
    `\nsynthetic forum: ${s.companies} companies, ${s.requests} requests, 2 days x 16 slots, 80 tables\n` +
      `placed ${s.placed} of bound ${s.bound} in ${s.placementMs.toFixed(0)} ms; breaks ${s.breaks} (max difference ${s.maxBreakDifference}) ` +
      `after ${s.runTimeMs.toFixed(0)} ms; valid ${s.valid ? "yes" : "NO"}`,
  );
}
if (instances.some((r) => !r.valid) || !synthetic.valid) process.exitCode = 1;
