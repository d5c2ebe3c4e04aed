import { placementUpperBound } from "./bounds";
import { improveBreaks } from "./improve";
import { exactCells, ExactBreakSearch, EXACT_MAX_CELLS } from "./exact";
import { buildModel, movableMeetings } from "./model";
import { placeMeetings, tryDirect } from "./place";
import { SatAnswer } from "./sat";
import { createRandom } from "./random";
import { unplacedReason } from "./reasons";
import { allPlaced, runScore, ScheduleState } from "./state";
import { assignTables } from "./tables";
import type { ScheduleResult, SchedulerInput, SchedulerOptions } from "./types";

/** Share of the time budget the placement may use before the break minimisation starts. */
const PLACEMENT_SHARE = 0.6;
/** Annealing cycles without progress before a restart from a fresh placement. */
const STALL_CYCLES = 3;
/** Share of the time budget one exact search may use, and the least left worth starting one. */
const EXACT_SHARE = 0.6;
const EXACT_MIN_SHARE = 0.05;
/** Conflicts one exact search may use before annealing takes its turn again. */
const EXACT_CONFLICTS = 60_000;
/** Below this budget, building the formula and the solver's first conflicts do not pay back. */
const EXACT_MIN_BUDGET_MS = 1_000;
/** A generous estimate of the time to build its formula, per meeting-slot pair: not started without it. */
const BUILD_MS_PER_CELL = 0.01;

/**
 * The auto-scheduler: places as many accepted meetings as it can (higher priority first),
 * then minimises the participants' breaks while keeping them fair, then gives each meeting a
 * table. Plain data in, plain data out.
 */
export function schedule(input: SchedulerInput, options: SchedulerOptions = {}): ScheduleResult {
  const started = performance.now();
  const timeLimit = options.timeLimitMs ?? 2_000;
  const deadline = started + timeLimit;
  const iterationLimit = options.iterationLimit ?? Infinity;
  const random = createRandom(options.seed ?? 1);
  const model = buildModel(input);
  const state = new ScheduleState(model);

  // Fixed meetings never move; neither does one that can never be placed.
  const movable = movableMeetings(model);

  const placementLimits = {
    deadline: started + timeLimit * PLACEMENT_SHARE,
    maxSteps: iterationLimit,
    upperBound: placementUpperBound(model),
    stallSteps: 50_000 + 50 * model.meetings,
  };
  const placement = placeMeetings(state, movable, random, placementLimits);
  let bestAt = performance.now();
  const placementMs = bestAt - started;

  // A published meeting still where it was stays there: only the placement may move one.
  const searchable = Uint8Array.from(movable);
  for (let m = 0; m < model.meetings; m++) if (model.publishedSlot[m]! >= 0 && state.slotOf[m] === model.publishedSlot[m]) searchable[m] = 0;
  const maxSpread = options.maxBreakDifference ?? 2;
  const targetBreaks = options.targetBreaks ?? 0;
  const score = (s: ScheduleState) => runScore(s, maxSpread);
  // A helper thread's search (parallel.ts) may settle the run, or prove the best optimal.
  const helper = options.helper;
  const stop = helper ? () => helper.settled : undefined;
  // The helper's bound holds for fair schedules of every meeting that can be placed.
  const provenOptimal = (s: ScheduleState) =>
    helper !== undefined && allPlaced(s, movable) && s.unfairExcess(maxSpread) === 0 && s.totalBreaks <= helper.lowerBound;
  // Restarts from a fresh placement when the search stalls, unless published meetings or
  // meetings left out tie the run to this placement.
  const restartable = !model.publishedSlot.some((t) => t >= 0) && allPlaced(state, movable);
  const improveLimits = { deadline, maxSpread, targetBreaks, stallCycles: restartable ? STALL_CYCLES : Infinity };
  let iterations = placement.steps;
  // Annealing, then the exact search around its best; annealing again from anything better.
  // The exact search lives through the restarts, so what it learns adds up.
  let exact: ExactBreakSearch | null = null;
  let exhausted = false; // nothing better exists: the exact search showed it, or the helper's bound
  let exhaustedWhole = false; // ... for a schedule of every meeting that can be placed, not only those placed
  const cells = exactCells(state, searchable);
  const exactUsable = cells <= EXACT_MAX_CELLS && timeLimit >= EXACT_MIN_BUDGET_MS;
  // Beside a helper, the run aims straight at the helper's proven bound from its annealed
  // schedule, with the slots' matching: a second start at the schedule that would settle the
  // run. Stepping down one break at a time instead, each step a search of its own, took
  // ticf-13crafc from 4 or 5 breaks to its optimum of 1 in 2 of 6 runs within 3 s; aiming
  // at 1 reached it in all 6, in 0.8 to 1.5 s.
  let aimer: ExactBreakSearch | null = null;
  /** When a schedule at the bound was found (-1: none); each bound below it was refuted, so it is the fewest. */
  const aimAtBound = (target: ScheduleState, mask: Uint8Array, now: number): number => {
    const shared = helper!;
    // The helper's bounds hold for schedules of every meeting that can be placed, as do this
    // search's only when it has them all to move.
    const whole = allPlaced(target, movable) && mask.every((v, m) => v === movable[m]);
    aimer ??= new ExactBreakSearch(target, mask, maxSpread, { matching: true, reaimable: true });
    const until = Math.min(deadline, now + timeLimit * EXACT_SHARE);
    let bound = whole ? Math.max(targetBreaks, shared.lowerBound) : targetBreaks;
    // Below one break per participant, someone has none: "at most maxSpread each" is then fairness.
    while (bound < score(target) && bound < model.participants && performance.now() < until && !shared.settled) {
      const answer = aimer.aim(target, bound, { deadline: until, conflictBudget: EXACT_CONFLICTS, stop });
      iterations++;
      if (answer === SatAnswer.Satisfiable) return performance.now();
      if (answer === SatAnswer.Unknown) break;
      if (whole) shared.raiseLowerBound(bound + 1);
      bound = whole ? Math.max(bound + 1, shared.lowerBound) : bound + 1;
    }
    return -1;
  };
  const minimise = (target: ScheduleState, mask: Uint8Array): number => {
    let found = -1;
    for (;;) {
      const run = improveBreaks(target, mask, random, {
        ...improveLimits,
        maxIterations: iterationLimit - iterations,
        // At the helper's proven bound nothing better exists: annealing ends there.
        stop: helper ? () => helper.settled || provenOptimal(target) : undefined,
      });
      iterations += run.iterations;
      if (run.iterations > 0) found = Math.max(found, run.bestAt);
      const now = performance.now();
      if (provenOptimal(target)) exhausted = exhaustedWhole = true;
      if (!exactUsable || exhausted || stop?.() || score(target) <= targetBreaks || deadline - now < Math.max(timeLimit * EXACT_MIN_SHARE, cells * BUILD_MS_PER_CELL) || iterations >= iterationLimit) return found;
      if (helper) {
        const aimed = aimAtBound(target, mask, now);
        if (aimed >= 0) {
          found = Math.max(found, aimed);
          exhausted = true;
          exhaustedWhole = allPlaced(target, movable);
        }
        if (provenOptimal(target)) exhausted = exhaustedWhole = true;
        // Nothing at the bound in time: a fresh placement next, where there will be one.
        if (exhausted || restartable) return found;
        continue;
      }
      exact ??= new ExactBreakSearch(target, mask, maxSpread);
      const result = exact.improve(target, {
        deadline: Math.min(deadline, now + timeLimit * EXACT_SHARE),
        targetBreaks,
        conflictBudget: Math.min(EXACT_CONFLICTS, iterationLimit - iterations),
        stop,
      });
      iterations += result.conflicts + 1;
      exhausted = result.optimal;
      exhaustedWhole = exhausted && allPlaced(target, movable);
      if (result.improved) found = Math.max(found, result.bestAt);
      if (exhausted) return found;
      // Nothing better: a fresh placement next, where there will be one; else annealing again.
      if (!result.improved && restartable) return found;
    }
  };
  const firstAt = minimise(state, searchable);
  if (firstAt >= 0) bestAt = Math.max(bestAt, firstAt);
  let best = { slots: Int32Array.from(state.slotOf), score: score(state) };
  while (restartable && !exhausted && !stop?.() && best.score > targetBreaks && performance.now() < deadline && iterations < iterationLimit) {
    const fresh = new ScheduleState(model);
    const again = placeMeetings(fresh, movable, random, { ...placementLimits, maxSteps: iterationLimit - iterations });
    iterations += again.steps;
    // Past the placement's share of the time a fresh placement may leave meetings out: the
    // search goes on from the best schedule instead.
    if (!allPlaced(fresh, movable)) fresh.restore(best.slots);
    const before = iterations;
    const runAt = minimise(fresh, movable);
    if (iterations === before) break; // nothing left to search
    if (score(fresh) < best.score) {
      best = { slots: Int32Array.from(fresh.slotOf), score: score(fresh) };
      bestAt = runAt >= 0 ? runAt : performance.now();
    }
  }
  state.restore(best.slots);
  // The helper's schedule places every meeting that can be placed: taken where it is better.
  const offered = helper?.best();
  if (offered && (offered.score < score(state) || !allPlaced(state, movable))) {
    const own = Int32Array.from(state.slotOf);
    state.restore(offered.slots);
    // What was shared is checked again here: a schedule that is not what was offered stays out.
    if (score(state) === offered.score && allPlaced(state, movable)) bestAt = offered.foundAt - performance.timeOrigin;
    else state.restore(own);
  }

  // The searches keep every placed meeting placed; anything that now fits goes in.
  for (let m = 0; m < model.meetings; m++) if (state.slotOf[m]! < 0 && model.impossible[m] === null && movable[m]) tryDirect(state, m, random);

  const fair = state.unfairExcess(maxSpread) === 0;
  const fewestBreaksProven = fair && allPlaced(state, movable) && (state.totalBreaks === 0 || exhaustedWhole || provenOptimal(state));

  const tableOf = assignTables(model, state.slotOf);
  const result: ScheduleResult = {
    placed: [],
    unplaced: [],
    stats: {
      placed: 0,
      unplaced: 0,
      totalBreaks: state.totalBreaks,
      breaksByParticipant: Object.fromEntries(input.participants.map((p, i) => [p.id, state.breaks[i]!])),
      maxBreakDifference: state.spread(),
      movedPublished: 0,
      runTimeMs: 0,
      placementMs,
      timeToBestMs: bestAt - started,
      fewestBreaksProven,
      iterations,
    },
  };
  for (let m = 0; m < model.meetings; m++) {
    const meeting = input.meetings[m]!;
    const t = state.slotOf[m]!;
    if (t >= 0) result.placed.push({ meetingId: meeting.id, slotId: input.slots[t]!.id, tableId: tableOf[m]! });
    else result.unplaced.push({ meetingId: meeting.id, reason: unplacedReason(state, m) });
    if (meeting.published && meeting.published.slotId !== (t >= 0 ? input.slots[t]!.id : undefined)) result.stats.movedPublished++;
  }
  result.stats.placed = result.placed.length;
  result.stats.unplaced = result.unplaced.length;
  result.stats.runTimeMs = performance.now() - started;
  return result;
}
