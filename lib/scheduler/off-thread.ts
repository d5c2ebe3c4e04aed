import path from "node:path";
import { Worker } from "node:worker_threads";
import { schedule } from "./schedule";
import type { ScheduleResult, SchedulerInput, SchedulerOptions } from "./types";

/**
 * The thread's entry, from the project's root, where the app and its tools run. Next.js
 * recognises it and bundles it with the engine for the server (tsx stays outside the bundle,
 * next.config.js); run from source, it compiles the engine itself.
 */
const ENTRY = path.join(process.cwd(), "lib", "scheduler", "run-thread.cjs");

/**
 * `scheduleWithHelper` on a thread of its own. A run holds its thread for its whole time
 * limit, and the server's thread has pages to serve meanwhile. Its helper aims the exact
 * search from below where the forum is small enough for it (a few hundred meetings, nothing
 * published): a forum of 78 companies and 302 meetings gets its proven fewest breaks, 2, in
 * about 1.3 s, where the run alone mostly ends its 2 s at 3 or 4. Where the thread cannot start or
 * stops short, `schedule` runs here instead, so the result, or the error, is the engine's own.
 */
export function scheduleOffThread(input: SchedulerInput, options: Omit<SchedulerOptions, "helper"> = {}): Promise<ScheduleResult> {
  return new Promise<ScheduleResult>((resolve, reject) => {
    let done = false;
    const here = () => {
      if (done) return;
      done = true;
      try {
        resolve(schedule(input, options));
      } catch (error) {
        reject(error);
      }
    };
    let worker: Worker;
    try {
      // Its own flags: the parent's loader hooks, if any, would start a loader thread of their own.
      worker = new Worker(ENTRY, { workerData: { input, options }, execArgv: [] });
    } catch {
      return here();
    }
    worker.once("message", (result: ScheduleResult) => {
      done = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", here);
    worker.once("exit", here);
  });
}
