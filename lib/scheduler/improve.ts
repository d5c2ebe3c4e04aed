import { KempeChains } from "./kempe";
import type { Random } from "./random";
import { ParticipantReoptimiser } from "./reoptimise";
import type { ScheduleState } from "./state";

export interface ImproveLimits {
  deadline: number;
  maxIterations: number;
  /** Fairness: the largest allowed difference between two participants' breaks. */
  maxSpread: number;
  /** Stop when the total breaks reach this. */
  targetBreaks: number;
  /** Stop after this many annealing cycles in a row without a better schedule. */
  stallCycles: number;
  /** Checked with the clock: true when the run should end now. */
  stop?: () => boolean;
}

export interface ImproveResult {
  iterations: number;
  /** performance.now() when the best schedule was found. */
  bestAt: number;
}

/** An unfair schedule is worse than any fair one with many more breaks. */
const UNFAIR = 50;
/**
 * Each idle slot inside a break costs a little: closing a long gap goes through shorter
 * ones, which a count of breaks alone does not reward. A fifth of a break: it guides, and
 * the best schedule is still judged on breaks alone.
 */
const IDLE_WEIGHT = 0.2;
/**
 * Temperatures of one annealing cycle, in units of one break. With moves into gaps, a warmer
 * search does better: from 0.4 down to 0.05, forums of 70 to 78 companies ended their 2 s at
 * 4.0 (ticf-13crafc), 4.0 (forum-14) and 8.0 (ticf-13crafb) breaks on average over 8 seeds;
 * from 0.6 to 0.12, at 2.5, 3.25 and 7.5. The synthetic forum after 12 million moves: 6
 * against 13 (3 seeds).
 */
const HOT = 0.6;
const COLD = 0.12;
/** Share of moves aimed at a participant with a break. */
const FOCUS = 0.8;
/**
 * One participant re-optimisation every so many moves (one costs as much as a few hundred),
 * or every pass over the meetings where there are more. At forum scale (2,560 meetings) one
 * every 300 moves took a quarter of the time and left more breaks after 2 s than one every
 * 3,000 or none (113 against 100, over 14 and 6 seeds).
 */
const REOPTIMISE_EVERY = 300;
/** While unfair: the participants with too many breaks are re-optimised this often. */
const UNFAIR_REOPTIMISE_EVERY = 10;
/** Participants hurt by a re-optimisation that are re-optimised in turn. */
const FOLLOW_UPS = 3;
/** Length of an annealing cycle, per movable meeting. */
const CYCLE_PER_MEETING = 1_000;
/**
 * The most chains taken along, one after another, to fit a swap into a full slot. More make
 * more swaps fit, but each makes the move longer, and long moves are rarely kept: on the
 * synthetic forum, whose slots are all full, one left 85 breaks after 2 s where three left 103
 * (7 seeds), and 28 after 8 s where three left 37 (5 seeds); the benchmark's forums did as
 * well or better.
 */
const BALANCE_TRIES = 1;
/**
 * Share of the moves aimed at a participant with a break that take a meeting from an end of
 * its day into the edge of one of its gaps. Among moves next to its other meetings, few
 * close a gap without opening another. On the synthetic forum (500 companies, 4,000
 * requests) after 1.5 million moves, 87–89 breaks against 129–140 without (3 seeds); after
 * 8 s, run in turn, 10–24 against 20–39.
 */
const INTO_GAP = 0.5;

/**
 * Break minimisation by simulated annealing. Moves are Kempe-chain swaps (a relocation is a
 * chain of one), mostly aimed at a participant with a break: one of its meetings towards a
 * slot next to another, or from an end of its day into a gap; now and then a participant's
 * whole day is re-optimised by an assignment (reoptimise.ts). Every move keeps every hard
 * rule. The cost is the breaks, a little for idle slots, and a heavy penalty per unit of
 * spread above the fairness bound. The temperature falls in cycles, each restarting from the
 * best schedule so far.
 */
export function improveBreaks(state: ScheduleState, movable: Uint8Array, random: Random, limits: ImproveLimits): ImproveResult {
  const { model } = state;
  const S = model.slots;
  const chains = new KempeChains(state, movable);
  const candidates: number[] = [];
  for (let m = 0; m < model.meetings; m++) if (movable[m] && state.slotOf[m]! >= 0 && model.domain[m]!.length > 1) candidates.push(m);
  const unfairness = () => UNFAIR * state.unfairExcess(limits.maxSpread);
  const cost = () => state.totalBreaks + IDLE_WEIGHT * state.totalIdle + unfairness();
  /** The unfairness were the chain last measured swapped. */
  const unfairnessAfter = () => UNFAIR * state.unfairExcessIf(chains.moverIds, chains.moverBreaks, chains.movers, limits.maxSpread);
  /** What the caller cares about: breaks, and fairness. */
  const score = () => state.totalBreaks + unfairness();

  let current = cost();
  let bestScore = score();
  let bestCost = current;
  const best = Int32Array.from(state.slotOf);
  let bestAt = performance.now();
  const keepIfBest = (): boolean => {
    const now = score();
    if (now > bestScore || (now === bestScore && current >= bestCost)) return false;
    bestScore = now;
    bestCost = current;
    best.set(state.slotOf);
    bestAt = performance.now();
    return bestScore <= limits.targetBreaks;
  };
  const finish = (iterations: number): ImproveResult => {
    state.restore(best);
    return { iterations, bestAt };
  };
  if (candidates.length === 0 || bestScore <= limits.targetBreaks) return finish(0);

  const cycle = 20_000 + CYCLE_PER_MEETING * candidates.length;

  // Re-optimise p's day; if that hurts others, re-optimise up to FOLLOW_UPS of them in turn,
  // keeping each follow-up that helps, and keep the whole only if it does not cost more.
  const reoptimisers = Array.from({ length: FOLLOW_UPS + 1 }, () => new ParticipantReoptimiser(state, movable, IDLE_WEIGHT));
  const breaksBefore = new Int32Array(model.participants);
  const reoptimiseCompound = (p: number, t: number): boolean => {
    const start = cost();
    breaksBefore.set(state.breaks);
    if (!reoptimisers[0]!.run(p, t)) return false;
    let now = cost();
    const kept = [reoptimisers[0]!];
    // Follow the damage: each participant now worse off than before gets its turn, including
    // those a follow-up hurts, up to FOLLOW_UPS turns.
    const queued = new Set<number>([p]);
    for (let turn = 0; turn < FOLLOW_UPS && now > start; turn++) {
      let q = -1;
      for (let x = 0; x < model.participants && q < 0; x++) if (!queued.has(x) && state.breaks[x]! > breaksBefore[x]!) q = x;
      if (q < 0) break;
      queued.add(q);
      const own = model.meetingsOf[q]!;
      const day = state.slotOf[own[random.int(own.length)]!]!;
      const r = reoptimisers[kept.length]!;
      if (day < 0 || !r.run(q, day)) continue;
      const next = cost();
      if (next < now) {
        now = next;
        kept.push(r);
      } else r.undo();
    }
    if (now <= start) return true;
    for (let i = kept.length - 1; i >= 0; i--) kept[i]!.undo();
    return false;
  };
  let temperature = HOT;
  let stalled = 0;
  const reoptimiseWhenFair = Math.max(REOPTIMISE_EVERY, candidates.length);
  let reoptimiseEvery = reoptimiseWhenFair;
  let scoreAtCycleStart = bestScore;
  const broken: number[] = []; // participants with a break, refreshed now and then
  let iteration = 0;
  for (; iteration < limits.maxIterations; iteration++) {
    if ((iteration & 255) === 0 && (performance.now() > limits.deadline || limits.stop?.())) break;
    const phase = (iteration % cycle) / cycle;
    if (phase === 0 && iteration > 0) {
      stalled = bestScore < scoreAtCycleStart ? 0 : stalled + 1;
      scoreAtCycleStart = bestScore;
      if (stalled >= limits.stallCycles) break;
      state.restore(best);
      current = cost();
    }
    // The power is a fair share of a move's cost at forum scale: the temperature falls slowly
    // enough to be worked out every so many moves.
    if ((iteration & 63) === 0 || phase === 0) temperature = HOT * Math.pow(COLD / HOT, phase);
    if ((iteration & 1023) === 0) {
      // Participants with a break, or, while the schedule is unfair, those with too many.
      broken.length = 0;
      const unfair = state.spread() > limits.maxSpread;
      reoptimiseEvery = unfair ? UNFAIR_REOPTIMISE_EVERY : reoptimiseWhenFair;
      let low = Infinity;
      for (let p = 0; p < model.participants; p++) low = Math.min(low, state.breaks[p]!);
      const above = unfair ? low + limits.maxSpread : 0;
      for (let p = 0; p < model.participants; p++) if (state.breaks[p]! > above) broken.push(p);
    }

    if (iteration % reoptimiseEvery === 0) {
      const p = broken.length > 0 && random.next() < 0.7 ? broken[random.int(broken.length)]! : random.int(model.participants);
      const own = model.meetingsOf[p]!;
      const t = own.length >= 2 ? state.slotOf[own[random.int(own.length)]!]! : -1;
      if (t >= 0 && reoptimiseCompound(p, t)) {
        current = cost();
        if (keepIfBest()) return finish(iteration + 1);
      }
    }

    // Pick a move: a meeting of a participant with a break, next to another of its meetings,
    // or any meeting to any allowed slot.
    let m: number;
    let target: number;
    if (broken.length > 0 && random.next() < FOCUS) {
      const p = broken[random.int(broken.length)]!;
      const own = model.meetingsOf[p]!;
      m = own[random.int(own.length)]!;
      if (random.next() < INTO_GAP) {
        // The meeting drawn picks the day; the move takes whichever meeting ends that day.
        const t = state.slotOf[m]!;
        const gapMove = t >= 0 ? intoGap(state, p, t, random) : -1;
        if (gapMove < 0) continue;
        m = Math.floor(gapMove / S);
        target = gapMove % S;
      } else target = state.slotOf[own[random.int(own.length)]!]! + (random.next() < 0.5 ? -1 : 1);
      if (!movable[m] || target < 0 || target >= S || model.allowed[m * S + target] !== 1) continue;
    } else {
      m = candidates[random.int(candidates.length)]!;
      const domain = model.domain[m]!;
      target = domain[random.int(domain.length)]!;
    }
    if (!chains.build(m, target) && !balance(chains, state, random)) continue;
    chains.measure();
    const delta = chains.breakChange + IDLE_WEIGHT * chains.idleChange + unfairnessAfter() - unfairness();
    if (delta <= 0 || random.next() < Math.exp(-delta / temperature)) {
      chains.apply();
      current = cost();
      if (keepIfBest()) return finish(iteration + 1);
    }
  }
  return finish(iteration);
}

/**
 * A move for participant p, who meets in slot t: its first or last meeting of t's day into
 * an idle slot of that day beside one of its meetings. Packed as meeting × slots + slot, or -1
 * when p has no gap that day.
 */
export function intoGap(state: ScheduleState, p: number, t: number, random: Random): number {
  const { model, occupancy } = state;
  const S = model.slots;
  const row = p * S;
  let first = t;
  let last = t;
  while (first > 0 && model.day[first - 1] === model.day[t]) first--;
  while (last < S - 1 && model.day[last + 1] === model.day[t]) last++;
  while (occupancy[row + first]! < 0) first++;
  while (occupancy[row + last]! < 0) last--;
  // Idle slots strictly between the first and the last meeting, beside a meeting.
  const edge = (u: number) => occupancy[row + u]! < 0 && (occupancy[row + u - 1]! >= 0 || occupancy[row + u + 1]! >= 0);
  let edges = 0;
  for (let u = first + 1; u < last; u++) if (edge(u)) edges++;
  if (edges === 0) return -1;
  let pick = random.int(edges);
  let target = -1;
  for (let u = first + 1; u < last && target < 0; u++) if (edge(u) && pick-- === 0) target = u;
  const m = occupancy[row + (random.next() < 0.5 ? first : last)]!;
  return m * S + target;
}

/**
 * A chain that would overfill a slot's tables takes along the chain of a meeting held in that
 * slot, BALANCE_TRIES times at most, until the swap fits: in a full slot a meeting can come in
 * only if another goes out.
 */
export function balance(chains: KempeChains, state: ScheduleState, random: Random): boolean {
  for (let attempt = 0; attempt < BALANCE_TRIES; attempt++) {
    const t = chains.overfull;
    if (t < 0) return false;
    const y = meetingIn(state, t, random);
    if (y < 0 || !chains.extend(y)) {
      if (chains.overfull < 0) return false;
      continue;
    }
    return true;
  }
  return false;
}

/** A meeting held in slot t, from a participant picked at random (-1 if the slot is empty). */
function meetingIn(state: ScheduleState, t: number, random: Random): number {
  const { model } = state;
  const P = model.participants;
  const first = random.int(P);
  for (let i = 0; i < P; i++) {
    const y = state.meetingAt((first + i) % P, t);
    if (y >= 0) return y;
  }
  return -1;
}
