import { Worker } from "node:worker_threads";
import { schedule } from "./schedule";
import { SharedBest } from "./shared-best";
import type { ScheduleResult, SchedulerInput, SchedulerOptions } from "./types";

/** What the helper thread is given (helper.cjs). */
export interface HelperData {
  input: SchedulerInput;
  seed: number;
  /** Milliseconds since the epoch at which to stop. */
  deadlineAt: number;
  maxSpread: number;
  targetBreaks: number;
  buffer: SharedArrayBuffer;
}

/**
 * The scheduler with a second thread: while the run anneals and steps down from its best, a
 * helper aims the exact search from below (aim.ts), proving lower bounds and often reaching
 * the optimum first; the run ends as soon as either knows nothing better exists. Run from
 * source (the command-line tools), the helper compiles the engine itself (helper.cjs); in the
 * app's server build, Next.js bundles it with the organiser's run (off-thread.ts). Where the
 * thread cannot start, the run goes on alone, with the same result as `schedule`.
 */
export function scheduleWithHelper(input: SchedulerInput, options: SchedulerOptions = {}): ScheduleResult {
  const shared = SharedBest.create(input.meetings.length);
  const data: HelperData = {
    input,
    // Its own placement: a second start, not the run's twin.
    seed: (options.seed ?? 1) + 0x9e3779b,
    deadlineAt: performance.timeOrigin + performance.now() + (options.timeLimitMs ?? 2_000),
    maxSpread: options.maxBreakDifference ?? 2,
    targetBreaks: options.targetBreaks ?? 0,
    buffer: shared.buffer,
  };
  // A run asked to repeat exactly (an iteration limit) stays alone: the helper's timing is not.
  let worker: Worker | null = null;
  if (options.iterationLimit === undefined) {
    try {
      // Its own flags: the parent's tsx loader hooks would start a loader thread of their own.
      worker = new Worker(new URL("./helper.cjs", import.meta.url), { workerData: data, execArgv: [] });
      // A helper that fails shares nothing, and the run goes on as it would alone. (The run
      // holds the event loop, so this is heard, if at all, only after it.)
      worker.on("error", () => {});
      worker.unref();
    } catch {
      worker = null;
    }
  }
  try {
    return schedule(input, worker ? { ...options, helper: shared } : options);
  } finally {
    shared.settle();
    void worker?.terminate();
  }
}
