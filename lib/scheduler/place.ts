import { KempeChains } from "./kempe";
import type { Random } from "./random";
import type { ScheduleState } from "./state";

/**
 * Placement: as many meetings as possible, higher priority first. Fixed meetings first, then
 * published ones where they were, then a greedy pass, then repairs for what is left: Kempe
 * chains that free a slot for both sides, and ejections of lower-priority (or, as a sideways
 * step, equal-priority) movable meetings, with a tabu list so an ejected meeting does not
 * come straight back (PartialCol, Blöchliger and Zufferey 2008, with priorities and tables).
 */
export interface PlacementLimits {
  deadline: number;
  /** Repair steps at most (keeps a seeded run repeatable). */
  maxSteps: number;
  /** Stop once this many meetings are placed and no higher-priority one waits. */
  upperBound: number;
  /** Stop after this many steps without a better placement. */
  stallSteps: number;
}

export interface PlacementResult {
  steps: number;
}

export function placeMeetings(state: ScheduleState, movable: Uint8Array, random: Random, limits: PlacementLimits): PlacementResult {
  const { model } = state;
  for (let m = 0; m < model.meetings; m++) {
    const t = model.fixedSlot[m]!;
    if (t >= 0 && model.impossible[m] === null && state.canPlace(m, t)) state.place(m, t);
  }
  for (let m = 0; m < model.meetings; m++) {
    const t = model.publishedSlot[m]!;
    if (movable[m] && t >= 0 && state.slotOf[m]! < 0 && state.canPlace(m, t)) state.place(m, t);
  }
  // First without touching a published meeting where it was; only if that leaves meetings
  // out may published meetings move (and each move costs in the repair).
  const pinned = Uint8Array.from(movable);
  let published = 0;
  for (let m = 0; m < model.meetings; m++)
    if (model.publishedSlot[m]! >= 0 && state.slotOf[m] === model.publishedSlot[m]) {
      pinned[m] = 0;
      published++;
    }
  const waiting = greedyOrder(state, pinned).filter((m) => !tryDirect(state, m, random));
  if (waiting.length === 0) return { steps: 0 };
  if (published === 0) return repair(state, movable, random, limits);
  const now = performance.now();
  const first = repair(state, pinned, random, {
    ...limits,
    deadline: now + (limits.deadline - now) / 2,
    maxSteps: Math.floor(limits.maxSteps / 2),
    stallSteps: Math.min(limits.stallSteps, 2_000 + 10 * model.meetings),
  });
  if (!hasWaiting(state, movable)) return first;
  const second = repair(state, movable, random, { ...limits, maxSteps: limits.maxSteps - first.steps });
  return { steps: first.steps + second.steps };
}

function hasWaiting(state: ScheduleState, movable: Uint8Array): boolean {
  for (let m = 0; m < state.model.meetings; m++) if (movable[m] && state.slotOf[m]! < 0 && state.model.impossible[m] === null) return true;
  return false;
}

/** Higher priority first; within a priority, the busiest participants and the fewest slots first. */
function greedyOrder(state: ScheduleState, movable: Uint8Array): number[] {
  const { model } = state;
  const order: number[] = [];
  for (let m = 0; m < model.meetings; m++) if (movable[m] && state.slotOf[m]! < 0 && model.impossible[m] === null) order.push(m);
  const degree = (m: number) => Math.max(model.meetingsOf[model.sideA[m]!]!.length, model.meetingsOf[model.sideB[m]!]!.length);
  return order.sort(
    (x, y) => model.priority[y]! - model.priority[x]! || degree(y) - degree(x) || model.domain[x]!.length - model.domain[y]!.length || x - y,
  );
}

/**
 * Each idle slot a placement adds costs this much next to a break: of two slots that add no
 * break, the one next to the participants' other meetings, which keeps their days compact.
 */
const IDLE_GUIDE = 0.3;

/** Places m in its best free slot (fewest added breaks, then fewest idle slots), if it has one. */export function tryDirect(state: ScheduleState, m: number, random: Random): boolean {
  let best = -1;
  let bestCost = Infinity;
  for (const t of state.model.domain[m]!) {
    if (!state.canPlace(m, t)) continue;
    const a = state.model.sideA[m]!;
    const b = state.model.sideB[m]!;
    let cost = random.next() * 0.5;
    for (const p of [a, b]) {
      state.measureWith(p, t);
      cost += state.measuredBreaks - state.breaks[p]! + IDLE_GUIDE * (state.measuredIdle - state.idle[p]!);
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = t;
    }
  }
  if (best < 0) return false;
  state.place(m, best);
  return true;
}

/**
 * Frees slot t for m by swapping a Kempe chain out of it: the meeting that blocks one side, or
 * (when t has no table left) any meeting in t. Undone when it does not help.
 */
function tryKempe(state: ScheduleState, chains: KempeChains, m: number, random: Random, budget: number): boolean {
  const { model } = state;
  const domain = model.domain[m]!;
  const a = model.sideA[m]!;
  const b = model.sideB[m]!;
  for (let attempt = 0; attempt < budget; attempt++) {
    const t = domain[random.int(domain.length)]!;
    const blockA = state.meetingAt(a, t);
    const blockB = state.meetingAt(b, t);
    if (blockA >= 0 && blockB >= 0) continue;
    let start = blockA >= 0 ? blockA : blockB;
    if (start < 0) {
      if (state.load[t]! < model.capacity[t]!) continue; // free for both with a table: precedence blocks, not a chain
      start = state.occupancy[randomMeetingRow(state, t, random)]!;
      if (start < 0) continue;
    }
    const targets = model.domain[start]!;
    const target = targets[random.int(targets.length)]!;
    if (!chains.build(start, target)) continue;
    chains.apply();
    if (state.canPlace(m, t)) {
      state.place(m, t);
      return true;
    }
    chains.apply();
  }
  return false;
}

/** The occupancy index of some participant's cell in slot t (any meeting held in t). */
function randomMeetingRow(state: ScheduleState, t: number, random: Random): number {
  const { model } = state;
  const S = model.slots;
  const P = model.participants;
  const first = random.int(P);
  for (let i = 0; i < P; i++) {
    const p = (first + i) % P;
    if (state.occupancy[p * S + t]! >= 0) return p * S + t;
  }
  return t; // participant 0's cell: -1 when t is empty
}

function repair(state: ScheduleState, movable: Uint8Array, random: Random, limits: PlacementLimits): PlacementResult {
  const { model } = state;
  const S = model.slots;
  const chains = new KempeChains(state, movable);
  const tabu = new Float64Array(model.meetings * S);
  const levels = [...new Set(model.priority)].sort((x, y) => y - x);
  const levelOf = new Int32Array(model.meetings);
  for (let m = 0; m < model.meetings; m++) levelOf[m] = levels.indexOf(model.priority[m]!);
  const placedByLevel = new Int32Array(levels.length);
  for (let m = 0; m < model.meetings; m++) if (state.slotOf[m]! >= 0) placedByLevel[levelOf[m]!]!++;
  const movedPublished = () => {
    let moved = 0;
    for (let m = 0; m < model.meetings; m++) if (model.publishedSlot[m]! >= 0 && state.slotOf[m] !== model.publishedSlot[m]) moved++;
    return moved;
  };

  let best = Int32Array.from(state.slotOf);
  let bestByLevel = Int32Array.from(placedByLevel);
  let bestMoved = movedPublished();
  const better = (): boolean => {
    for (let l = 0; l < levels.length; l++) if (placedByLevel[l] !== bestByLevel[l]) return placedByLevel[l]! > bestByLevel[l]!;
    return movedPublished() < bestMoved;
  };
  const done = (): boolean => {
    if (state.placedCount < limits.upperBound) return false;
    // At the bound: done unless a waiting meeting outranks a placed movable one.
    let lowestPlaced = Infinity;
    let highestWaiting = -Infinity;
    for (let m = 0; m < model.meetings; m++) {
      if (!movable[m] || model.impossible[m] !== null) continue;
      if (state.slotOf[m]! >= 0) lowestPlaced = Math.min(lowestPlaced, model.priority[m]!);
      else highestWaiting = Math.max(highestWaiting, model.priority[m]!);
    }
    return highestWaiting <= lowestPlaced;
  };

  const waiting = new Set<number>();
  for (let m = 0; m < model.meetings; m++) if (movable[m] && state.slotOf[m]! < 0 && model.impossible[m] === null) waiting.add(m);
  const place = (m: number, t: number) => {
    state.place(m, t);
    placedByLevel[levelOf[m]!]!++;
    waiting.delete(m);
  };
  const eject = (e: number, step: number) => {
    tabu[e * S + state.slotOf[e]!] = step + 7 + random.int(10) + Math.floor(0.6 * waiting.size);
    state.unplace(e);
    placedByLevel[levelOf[e]!]!--;
    waiting.add(e);
  };

  let step = 0;
  let improvedAt = 0;
  const ejected: number[] = [];
  for (; step < limits.maxSteps && waiting.size > 0 && step - improvedAt < limits.stallSteps; step++) {
    if ((step & 63) === 0 && (performance.now() > limits.deadline || done())) break;
    const m = pickWaiting(waiting, model.priority, random);
    if (tryDirect(state, m, random) || tryKempe(state, chains, m, random, 12)) {
      placedByLevel[levelOf[m]!]!++;
      waiting.delete(m);
    } else {
      // Eject the cheapest set of meetings that frees a slot for m.
      let bestSlot = -1;
      let bestCost = Infinity;
      for (const t of model.domain[m]!) {
        if (tabu[m * S + t]! > step) continue;
        const cost = ejectionCost(state, movable, m, t, ejected, random);
        if (cost < bestCost) {
          bestCost = cost;
          bestSlot = t;
        }
      }
      if (bestSlot < 0) continue;
      ejectionCost(state, movable, m, bestSlot, ejected, random);
      for (const e of ejected) eject(e, step);
      place(m, bestSlot);
    }
    if (better()) {
      best = Int32Array.from(state.slotOf);
      bestByLevel = Int32Array.from(placedByLevel);
      bestMoved = movedPublished();
      improvedAt = step;
    }
  }
  state.restore(best);
  return { steps: step };
}

/** The highest-priority waiting meeting, chosen at random among equals. */
function pickWaiting(waiting: Set<number>, priority: Float64Array, random: Random): number {
  let top = -Infinity;
  for (const m of waiting) top = Math.max(top, priority[m]!);
  const candidates = [...waiting].filter((m) => priority[m] === top);
  return candidates[random.int(candidates.length)]!;
}

/**
 * What placing m in t would eject (into `out`) and at what cost: an equal-priority meeting
 * costs 1, a lower-priority one next to nothing (one meeting of higher priority is worth any
 * number of lower ones), a published one a little more (moving it is a change people see).
 * Infinity when t would need a fixed or higher-priority meeting to go.
 */
function ejectionCost(state: ScheduleState, movable: Uint8Array, m: number, t: number, out: number[], random: Random): number {
  const { model } = state;
  out.length = 0;
  const add = (e: number) => {
    if (e >= 0 && !out.includes(e)) out.push(e);
  };
  add(state.meetingAt(model.sideA[m]!, t));
  add(state.meetingAt(model.sideB[m]!, t));
  for (const y of model.before[m]!) if (state.slotOf[y]! >= t) add(y);
  for (const y of model.after[m]!) if (state.slotOf[y]! >= 0 && state.slotOf[y]! <= t) add(y);
  const freedHere = out.filter((e) => state.slotOf[e] === t).length;
  if (state.load[t]! - freedHere >= model.capacity[t]!) {
    // No table left: also eject the cheapest other meeting in t.
    let cheapest = -1;
    for (let p = 0; p < model.participants; p++) {
      const y = state.meetingAt(p, t);
      if (y < 0 || out.includes(y) || !movable[y]) continue;
      if (cheapest < 0 || model.priority[y]! < model.priority[cheapest]! || (model.priority[y] === model.priority[cheapest] && random.next() < 0.3))
        cheapest = y;
    }
    if (cheapest < 0) return Infinity;
    out.push(cheapest);
  }
  let cost = random.next() * 0.01;
  for (const e of out) {
    if (!movable[e] || model.priority[e]! > model.priority[m]!) return Infinity;
    cost += model.priority[e] === model.priority[m] ? 1 : 1e-4;
    if (model.publishedSlot[e] === state.slotOf[e]) cost += 0.5;
  }
  return cost;
}
