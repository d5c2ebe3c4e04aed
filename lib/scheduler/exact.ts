import { negative, positive, SatAnswer, SatSolver } from "./sat";
import type { ScheduleState } from "./state";

export interface ExactLimits {
  deadline: number;
  /** Fairness: the largest allowed difference between two participants' breaks. */
  maxSpread: number;
  /** Stop once the total breaks reach this. */
  targetBreaks: number;
  /** Give up after this many conflicts (default: none). */
  conflictBudget?: number;
  /** Each meeting stays within this many slots of where it is (default: anywhere). */
  radius?: number;
}

export interface ExactResult {
  /** The schedule got better: fewer breaks, or fair where it was not. */
  improved: boolean;
  /** No schedule of these placed meetings (each within the radius) has fewer breaks than the one returned. */
  optimal: boolean;
  conflicts: number;
  /** performance.now() when the last better schedule was found. */
  bestAt: number;
}

/**
 * Exact break minimisation by satisfiability: the placed meetings that may move are
 * re-scheduled from scratch under every hard rule, with "at most K breaks in all, at most
 * maxSpread per participant" (the fairness bound, as someone has none when K is below the
 * number of participants), K one below the current schedule's. Each schedule found lowers K,
 * until none is (the schedule is optimal), the target is met, or time runs out. The solver
 * first tries each meeting where the current schedule has it, so it searches around it.
 *
 * Variables: x(m, t) meeting m in slot t; busy(p, t); later(p, t), p meets in t or after it
 * that day; gap(p, t), a break of p starts at t. A break starts at t when p meets in t - 1,
 * not in t, and later that day: those force gap(p, t), and the gaps are counted.
 */
export function minimiseBreaksExactly(state: ScheduleState, movable: Uint8Array, limits: ExactLimits): ExactResult {
  const { model } = state;
  const S = model.slots;
  const P = model.participants;
  const result: ExactResult = { improved: false, optimal: false, conflicts: 0, bestAt: performance.now() };
  const startBreaks = state.totalBreaks;
  if (startBreaks <= limits.targetBreaks) return result;
  const unfair = state.unfairExcess(limits.maxSpread) > 0;
  const radius = limits.radius ?? Infinity;

  const solver = new SatSolver();
  const TRUE = solver.newVariable();
  solver.addClause([positive(TRUE)]);
  const ok = (clause: number[]) => solver.addClause(clause);

  // Meetings that stay put occupy their participants and a table.
  const meetings: number[] = [];
  const pinnedBusy = new Uint8Array(P * S);
  const freeTables = Int32Array.from(model.capacity);
  for (let m = 0; m < model.meetings; m++) {
    const t = state.slotOf[m]!;
    if (t < 0) continue;
    if (movable[m]) {
      meetings.push(m);
      continue;
    }
    pinnedBusy[model.sideA[m]! * S + t] = 1;
    pinnedBusy[model.sideB[m]! * S + t] = 1;
    freeTables[t]!--;
  }
  const index = new Int32Array(model.meetings).fill(-1);
  meetings.forEach((m, i) => (index[m] = i));

  // x(m, t) for each slot m could take with the pinned meetings where they are.
  const x = new Int32Array(meetings.length * S).fill(-1);
  const inSlot: number[][] = Array.from({ length: P * S }, () => []); // x literals per participant and slot
  const perSlot: number[][] = Array.from({ length: S }, () => []);
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i]!;
    const a = model.sideA[m]!;
    const b = model.sideB[m]!;
    const options: number[] = [];
    for (const t of model.domain[m]!) {
      if (pinnedBusy[a * S + t] || pinnedBusy[b * S + t] || freeTables[t]! <= 0 || !pinnedOrderAllows(state, movable, m, t)) continue;
      if (Math.abs(t - state.slotOf[m]!) > radius) continue;
      const v = solver.newVariable();
      x[i * S + t] = v;
      solver.setPhase(v, state.slotOf[m] === t);
      solver.boost(v, 1);
      options.push(positive(v));
      inSlot[a * S + t]!.push(positive(v));
      inSlot[b * S + t]!.push(positive(v));
      perSlot[t]!.push(positive(v));
    }
    if (!ok(options)) return result;
    if (!atMost(solver, options, 1)) return result;
  }
  // Precedences between two meetings that both move.
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i]!;
    for (const y of model.before[m]!) {
      const j = index[y]!;
      if (j < 0) continue;
      for (let t = 0; t < S; t++) {
        if (x[i * S + t]! < 0) continue;
        for (let u = t; u < S; u++) if (x[j * S + u]! >= 0 && !ok([negative(x[i * S + t]!), negative(x[j * S + u]!)])) return result;
      }
    }
  }
  for (let t = 0; t < S; t++) if (perSlot[t]!.length > freeTables[t]! && !atMost(solver, perSlot[t]!, freeTables[t]!)) return result;

  // busy(p, t), exactly when p meets in t; later(p, t); gap(p, t).
  const gaps: number[] = [];
  for (let p = 0; p < P; p++) {
    if (model.meetingsOf[p]!.length < 2) continue;
    const busy = new Int32Array(S).fill(-1); // literal; -1 never
    for (let t = 0; t < S; t++) {
      if (pinnedBusy[p * S + t]) busy[t] = positive(TRUE);
      else if (inSlot[p * S + t]!.length > 0) {
        const lits = inSlot[p * S + t]!;
        if (!atMost(solver, lits, 1)) return result;
        const v = solver.newVariable();
        busy[t] = positive(v);
        solver.setPhase(v, !state.isFree(p, t));
        if (!ok([negative(v), ...lits])) return result;
        for (const l of lits) if (!ok([l ^ 1, positive(v)])) return result;
      }
    }
    // Implied, but it is what lets the solver see a day's shape early: p meets in exactly as
    // many slots as it has meetings.
    {
      const slotsOfP: number[] = [];
      for (let t = 0; t < S; t++) if (busy[t]! >= 0) slotsOfP.push(busy[t]!);
      let count = 0;
      for (const m of model.meetingsOf[p]!) if (state.slotOf[m]! >= 0) count++;
      if (!atMost(solver, slotsOfP, count) || !atMost(solver, slotsOfP.map((l) => l ^ 1), slotsOfP.length - count)) return result;
    }
    const own: number[] = [];
    let later = -1; // literal for "p meets at t + 1 or after, same day"
    for (let t = S - 1; t >= 0; t--) {
      if (t < S - 1 && model.day[t + 1] !== model.day[t]) later = -1;
      // A break starts at t: met in t - 1, free in t, meets later today.
      if (t > 0 && model.day[t - 1] === model.day[t] && later >= 0 && busy[t - 1]! >= 0 && busy[t] !== positive(TRUE)) {
        const g = solver.newVariable();
        solver.setPhase(g, !state.isFree(p, t - 1) && state.isFree(p, t) && breakAhead(state, p, t));
        const clause = [busy[t - 1]! ^ 1, later ^ 1, positive(g)];
        if (busy[t]! >= 0) clause.push(busy[t]!);
        if (!ok(clause)) return result;
        own.push(positive(g));
        gaps.push(positive(g));
      }
      // later(p, t) for the next slot down: p meets in t or after.
      if (busy[t] === positive(TRUE)) later = positive(TRUE);
      else if (busy[t]! >= 0) {
        if (later !== positive(TRUE)) {
          const v = solver.newVariable();
          solver.setPhase(v, true);
          if (!ok([busy[t]! ^ 1, positive(v)])) return result;
          if (later >= 0 && !ok([later ^ 1, positive(v)])) return result;
          later = positive(v);
        }
      }
    }
    if (own.length > limits.maxSpread && !atMost(solver, own, limits.maxSpread)) return result;
  }

  // Unfair, any fair schedule is better; fair, one with fewer breaks. Below P breaks, someone has none.
  let bound = Math.min(unfair ? startBreaks : startBreaks - 1, P - 1);
  let total = -1; // the constraint on the count of breaks, once it is one
  const best = Int32Array.from(state.slotOf);
  while (bound >= limits.targetBreaks) {
    let added: boolean;
    if (total >= 0) added = solver.tightenAtMost(total, bound);
    else {
      const id = solver.addAtMost(gaps, bound);
      added = id !== null;
      total = id ?? -1;
    }
    if (!added) {
      result.optimal = true;
      break;
    }
    const answer = solver.solve(limits.deadline, limits.conflictBudget ?? Infinity);
    result.conflicts = solver.conflicts;
    if (answer === SatAnswer.Unsatisfiable) {
      result.optimal = true;
      break;
    }
    if (answer === SatAnswer.Unknown) break;
    for (let i = 0; i < meetings.length; i++) {
      for (let t = 0; t < S; t++) {
        const v = x[i * S + t]!;
        if (v >= 0 && solver.modelValue(v)) best[meetings[i]!] = t;
      }
    }
    state.restore(best);
    result.improved = true;
    result.bestAt = performance.now();
    // Search next around the new schedule.
    for (let i = 0; i < meetings.length; i++) for (let t = 0; t < S; t++) if (x[i * S + t]! >= 0) solver.setPhase(x[i * S + t]!, best[meetings[i]!] === t);
    bound = state.totalBreaks - 1;
  }
  if (bound < 0) result.optimal = true; // no break at all
  return result;
}

/** p meets again later on the day of slot t. */
function breakAhead(state: ScheduleState, p: number, t: number): boolean {
  const { model } = state;
  for (let u = t + 1; u < model.slots && model.day[u] === model.day[t]; u++) if (!state.isFree(p, u)) return true;
  return false;
}

/** Slot t keeps m in order with the meetings it must follow or precede that do not move. */
function pinnedOrderAllows(state: ScheduleState, movable: Uint8Array, m: number, t: number): boolean {
  const { model } = state;
  for (const y of model.before[m]!) if (!movable[y] && state.slotOf[y]! >= 0 && state.slotOf[y]! >= t) return false;
  for (const y of model.after[m]!) if (!movable[y] && state.slotOf[y]! >= 0 && state.slotOf[y]! <= t) return false;
  return true;
}

/** At most k of `lits`: pairwise when there are few, else natively. */
function atMost(solver: SatSolver, lits: readonly number[], k: number): boolean {
  if (lits.length <= k) return true;
  if (k === 1 && lits.length <= 4) {
    for (let i = 0; i < lits.length; i++) for (let j = i + 1; j < lits.length; j++) if (!solver.addClause([lits[i]! ^ 1, lits[j]! ^ 1])) return false;
    return true;
  }
  return solver.addAtMost(lits, k) !== null;
}
