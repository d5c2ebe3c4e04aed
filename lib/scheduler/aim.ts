import { placementUpperBound } from "./bounds";
import { exactCells, ExactBreakSearch, EXACT_MAX_CELLS } from "./exact";
import { buildModel, movableMeetings } from "./model";
import { placeMeetings } from "./place";
import { createRandom } from "./random";
import { SatAnswer } from "./sat";
import type { SharedBest } from "./shared-best";
import { allPlaced, runScore, ScheduleState } from "./state";
import type { SchedulerInput } from "./types";

export interface AimOptions {
  seed: number;
  /** performance.now() at which to stop. */
  deadline: number;
  maxSpread: number;
  /** Stop once the total breaks reach this. */
  targetBreaks: number;
  /** Conflicts spent on one bound before the next is tried (default AIM_CONFLICTS). */
  conflictsPerBound?: number;
}

/**
 * Conflicts spent aiming at one bound before the next is tried. Enough for the forums of a
 * few hundred meetings where aiming pays (a schedule at the optimum of 154 and of 302
 * meetings took 11,000 to 34,000 from a bare placement), where refuting a bound that is too
 * low takes a few dozen.
 */
const AIM_CONFLICTS = 50_000;

/**
 * The exact search aimed from below, for a helper thread beside the run (parallel.ts): from a
 * placement of its own, "at most K breaks" for K = 0, 1, 2, ... Each K refuted is a proven
 * lower bound; the first K met is the optimum. Stepping down from an annealed schedule, as
 * the run does, finds small improvements, but near the optimum each step is a search of its
 * own, and aiming straight at a low bound can be many times faster. A bound that is neither
 * met nor refuted within its budget is passed over (unproven), and whatever is met is then
 * improved step by step. The helper shares its best schedule and its bound through `shared`,
 * and stops when the run says it is done.
 */
export function aimFromBelow(input: SchedulerInput, options: AimOptions, shared: SharedBest): void {
  const model = buildModel(input);
  // Published meetings tie a schedule to where they are: the run alone weighs those moves.
  if (model.publishedSlot.some((t) => t >= 0)) return;
  const state = new ScheduleState(model);
  const movable = movableMeetings(model);
  if (exactCells(state, movable) > EXACT_MAX_CELLS) return;
  const { deadline, maxSpread, targetBreaks } = options;
  placeMeetings(state, movable, createRandom(options.seed), {
    deadline,
    maxSteps: Infinity,
    upperBound: placementUpperBound(model),
    stallSteps: 50_000 + 50 * model.meetings,
  });
  if (!allPlaced(state, movable)) return;

  const stop = () => shared.settled;
  const search = new ExactBreakSearch(state, movable, maxSpread, { reaimable: true, matching: true });
  let bound = shared.lowerBound;
  while (bound < model.participants && bound < shared.bestScore && performance.now() < deadline && !stop()) {
    const answer = search.aim(state, bound, { deadline, conflictBudget: options.conflictsPerBound ?? AIM_CONFLICTS, stop });
    if (answer === SatAnswer.Unsatisfiable) shared.raiseLowerBound(bound + 1);
    // The bounds below the optimum show whether who can meet whom in a slot is what binds.
    if (answer !== SatAnswer.Satisfiable && !search.matchingMattered) search.dropMatching();
    if (answer !== SatAnswer.Satisfiable) {
      bound++;
      continue;
    }
    shared.offer(state.slotOf, runScore(state, maxSpread));
    if (state.totalBreaks > shared.lowerBound && state.totalBreaks > targetBreaks) {
      const result = search.improve(state, { deadline, targetBreaks: Math.max(targetBreaks, shared.lowerBound), stop });
      if (result.improved) shared.offer(state.slotOf, runScore(state, maxSpread));
      if (result.optimal) shared.raiseLowerBound(state.totalBreaks);
    }
    if (state.totalBreaks <= shared.lowerBound || state.totalBreaks <= targetBreaks) shared.settle();
    return;
  }
}
