import { describe, expect, it } from "vitest";
import { balance, intoGap } from "./improve";
import { KempeChains } from "./kempe";
import { placementUpperBound } from "./bounds";
import { buildModel, movableMeetings } from "./model";
import { placeMeetings } from "./place";
import { createRandom, type Random } from "./random";
import { ScheduleState } from "./state";
import { forum, meeting, slots } from "./testing";

/** Ten participants, two days of six slots and few tables, meeting often: long chains. */
function busyForum(random: Random) {
  const people = Array.from({ length: 10 }, (_, i) => `p${i}`);
  const slotList = [...slots(6, { tables: 2 + random.int(2), day: "d1", morning: 3 }), ...slots(6, { tables: 3, day: "d2", morning: 3 })];
  const meetings = [];
  for (let a = 0; a < people.length; a++)
    for (let b = a + 1; b < people.length; b++) if (random.next() < 0.45) meetings.push(meeting(`m${meetings.length}`, people[a]!, people[b]!));
  const model = buildModel(forum(people, slotList, meetings));
  const state = new ScheduleState(model);
  const movable = movableMeetings(model);
  placeMeetings(state, movable, random, { deadline: Infinity, maxSteps: 2_000, upperBound: placementUpperBound(model), stallSteps: 500 });
  return { model, state, movable };
}

/** Two slots of one table each, both taken: ab in the first, cd in the second. */
function fullSlots() {
  const model = buildModel(forum(["a", "b", "c", "d"], slots(2, { tables: 1 }), [meeting("ab", "a", "b"), meeting("cd", "c", "d")]));
  const state = new ScheduleState(model);
  state.place(0, 0);
  state.place(1, 1);
  return { model, state, chains: new KempeChains(state, new Uint8Array(2).fill(1)) };
}

describe("moves that keep every rule", () => {
  it("refuses a chain that overfills a slot's tables and names that slot", () => {
    const { chains } = fullSlots();
    expect(chains.build(0, 1)).toBe(false);
    expect(chains.overfull).toBe(1);
  });

  it("fits a swap into full slots by taking a chain out of the full one", () => {
    const { state, chains } = fullSlots();
    chains.build(0, 1);
    expect(chains.extend(1)).toBe(true);
    chains.apply();
    expect(Array.from(state.slotOf)).toEqual([1, 0]);
    chains.apply();
    expect(Array.from(state.slotOf)).toEqual([0, 1]);
  });

  it("balances a chain by itself, and gives up when nothing can leave the full slot", () => {
    const { state, chains } = fullSlots();
    chains.build(0, 1);
    expect(balance(chains, state, createRandom(1))).toBe(true);
    expect(chains.length).toBe(2);

    const pinned = fullSlots();
    const frozen = new KempeChains(pinned.state, Uint8Array.from([1, 0])); // cd may not move
    frozen.build(0, 1);
    expect(balance(frozen, pinned.state, createRandom(1))).toBe(false);
  });

  it("counts the breaks beyond what fairness allows, participant by participant", () => {
    // a meets in slots 1, 3, 5 and 7: three breaks; b and the others have none or one.
    const ids = ["a", "b", "c", "d", "e", "f"];
    const model = buildModel(
      forum(ids, slots(7), [meeting("ab", "a", "b"), meeting("ac", "a", "c"), meeting("ad", "a", "d"), meeting("ae", "a", "e"), meeting("bf", "b", "f")]),
    );
    const state = new ScheduleState(model);
    [0, 2, 4, 6].forEach((t, m) => state.place(m, t));
    state.place(4, 1);
    expect(state.breaks[0]).toBe(3);
    expect(state.spread()).toBe(3);
    expect(state.unfairExcess(2)).toBe(1);
    expect(state.unfairExcess(1)).toBe(2);
    expect(state.unfairExcess(3)).toBe(0);
    // Were a to have one break, or five: asking changes nothing.
    expect(state.unfairExcessIf(Int32Array.from([0]), Int32Array.from([1]), 1, 2)).toBe(0);
    expect(state.unfairExcessIf(Int32Array.from([0, 5]), Int32Array.from([5, 1]), 2, 2)).toBe(3);
    expect(state.unfairExcess(2)).toBe(1);
    expect(state.breaksWith(0, 1)).toBe(2); // slot 2 closes one of its three gaps
    expect(state.breaksWith(5, 3)).toBe(1); // f: slots 2 and 4
    expect(state.idleWith(0, 1)).toBe(2);
    expect(state.idleWith(5, 6)).toBe(4);
    expect(state.breaks[0]).toBe(3); // asking changes nothing
    state.unplace(1); // a: slots 1, 5, 7, two breaks
    expect(state.unfairExcess(2)).toBe(0);
  });

  it("weighs a swap without making it: what it measures is what the swap does", () => {
    const random = createRandom(11);
    let measured = 0;
    for (let round = 0; round < 40; round++) {
      const { model, state, movable } = busyForum(random);
      const chains = new KempeChains(state, movable);
      for (let move = 0; move < 50; move++) {
        const m = random.int(model.meetings);
        if (state.slotOf[m]! < 0 || (!chains.build(m, random.int(model.slots)) && !balance(chains, state, random))) continue;
        const breaks = Int32Array.from(state.breaks);
        const { totalBreaks, totalIdle } = state;
        chains.measure();
        const predicted = new Map(Array.from({ length: chains.movers }, (_, i) => [chains.moverIds[i]!, chains.moverBreaks[i]!]));
        chains.apply();
        expect(state.totalBreaks - totalBreaks).toBe(chains.breakChange);
        expect(state.totalIdle - totalIdle).toBe(chains.idleChange);
        // Each participant the swap changes was measured, and measured right.
        for (let p = 0; p < model.participants; p++) expect(predicted.get(p) ?? breaks[p]).toBe(state.breaks[p]);
        const fresh = new ScheduleState(model);
        fresh.restore(state.slotOf);
        expect(Array.from(fresh.breaks)).toEqual(Array.from(state.breaks));
        expect(fresh.totalIdle).toBe(state.totalIdle);
        measured++;
      }
    }
    expect(measured).toBeGreaterThan(500);
  });

  it("takes a meeting from an end of a participant's day into the edge of one of its gaps", () => {
    // a meets in slots 0, 1 and 4 of the first day (gap 2–3) and in slots 6 and 7, the first two of the second.
    const ids = ["a", "b", "c", "d", "e", "f"];
    const model = buildModel(
      forum(ids, [...slots(6, { day: "d1" }), ...slots(6, { day: "d2" })], ["b", "c", "d", "e", "f"].map((x) => meeting(`a${x}`, "a", x))),
    );
    const state = new ScheduleState(model);
    [0, 1, 4, 6, 7].forEach((t, m) => state.place(m, t));
    const random = createRandom(5);
    /** Every move drawn for a's day of slot t, as meeting@slot. */
    const moves = (t: number) => {
      const seen = new Set<string>();
      for (let draw = 0; draw < 200; draw++) {
        const move = intoGap(state, 0, t, random);
        seen.add(`${Math.floor(move / model.slots)}@${move % model.slots}`);
      }
      return [...seen].sort();
    };
    // The first (slot 0) or last (slot 4) meeting into slot 2 or 3; never a middle one, never past an end.
    expect(moves(1)).toEqual(["0@2", "0@3", "2@2", "2@3"]);
    // The second day has no gap, though its first slot follows the first day's last.
    expect(intoGap(state, 0, 6, random)).toBe(-1);
    state.place(2, 5); // the first day's last meeting moves to its last slot: the gap is now 2–4
    state.place(4, 11); // and on the second day: slots 6 and 11
    // Into the edges of a gap, not its middle, where a meeting would leave two breaks for one.
    expect(moves(0)).toEqual(["0@2", "0@4", "2@2", "2@4"]);
    expect(moves(11)).toEqual(["3@10", "3@7", "4@10", "4@7"]);
  });
});
