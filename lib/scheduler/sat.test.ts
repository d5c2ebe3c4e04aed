import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "./random";
import { negative, positive, SatAnswer, SatSolver, type Theory } from "./sat";

/** Literal l holds when the variables true are the bits of mask. */
const holds = (mask: number, l: number) => ((mask >> (l >> 1)) & 1) === (l & 1 ? 0 : 1);

/**
 * Random clauses of two to four literals over n variables: between `least` and `least + spread`
 * clauses per variable, each literal positive with the chance `positiveShare`.
 */
function randomClauses(random: Random, n: number, least: number, spread: number, positiveShare: number): number[][] {
  return Array.from({ length: Math.floor(n * (least + random.next() * spread)) }, () =>
    Array.from({ length: 2 + random.int(3) }, () => (random.next() < positiveShare ? positive : negative)(random.int(n))),
  );
}

describe("satisfiability solver", () => {
  it("agrees with an exhaustive search on small formulas with at-most-k constraints, and its models satisfy them, as does a copy", () => {
    let satisfiable = 0;
    for (let trial = 0; trial < 400; trial++) {
      const random = createRandom(trial + 1);
      const n = 4 + random.int(9);
      const clauses = randomClauses(random, n, 1, 3, 0.6);
      const cards = Array.from({ length: 1 + random.int(3) }, () => {
        const lits = [...new Set(Array.from({ length: 2 + random.int(n - 1) }, () => positive(random.int(n))))];
        return { lits, k: random.int(lits.length) };
      });
      // Then the first constraint's bound is lowered by one, as the break minimisation does.
      const lowered = Math.max(0, cards[0]!.k - 1);
      const check = (mask: number, tightened: boolean) =>
        clauses.every((c) => c.some((l) => holds(mask, l))) &&
        cards.every((c, i) => c.lits.filter((l) => holds(mask, l)).length <= (tightened && i === 0 ? lowered : c.k));

      const solver = new SatSolver();
      for (let v = 0; v < n; v++) solver.newVariable();
      // Half the trials decide some variables only after all the others.
      if (trial % 2 === 1) for (let v = 0; v < n; v++) if (random.next() < 0.4) solver.setDependent(v);
      let consistent = clauses.every((c) => solver.addClause(c));
      const ids = cards.map((c) => (consistent ? solver.addAtMost(c.lits, c.k) : null));
      consistent &&= ids.every((id) => id !== null);
      // A copy taken now answers the first question on its own, whatever the original goes through.
      const copy = consistent ? solver.clone() : null;
      for (const tightened of [false, true]) {
        if (tightened && consistent) {
          const id = ids[0]!;
          consistent = id >= 0 ? solver.tightenAtMost(id, lowered) : solver.addAtMost(cards[0]!.lits, lowered) !== null;
        }
        let expected = false;
        for (let mask = 0; mask < 1 << n && !expected; mask++) expected = check(mask, tightened);
        const answer = consistent ? solver.solve(Infinity) : SatAnswer.Unsatisfiable;
        expect(answer === SatAnswer.Satisfiable, `trial ${trial}`).toBe(expected);
        if (answer === SatAnswer.Satisfiable) {
          satisfiable++;
          let mask = 0;
          for (let v = 0; v < n; v++) if (solver.modelValue(v)) mask |= 1 << v;
          expect(check(mask, tightened), `model of trial ${trial}`).toBe(true);
        }
      }
      if (copy) {
        let expected = false;
        for (let mask = 0; mask < 1 << n && !expected; mask++) expected = check(mask, false);
        expect(copy.solve(Infinity) === SatAnswer.Satisfiable, `copy of trial ${trial}`).toBe(expected);
      }
    }
    expect(satisfiable).toBeGreaterThan(100); // both answers were put to the test
  });

  it("finds models of hard satisfiable formulas past several rounds of forgetting and packing learnt clauses", () => {
    let most = 0;
    // Seed 3: packing the arena wrongly once made it answer unsatisfiable.
    for (const seed of [3, 4, 5]) {
      // Random 3-SAT near the threshold with a hidden solution, clauses drawn so as not to give it away.
      const random = createRandom(seed);
      const n = 250;
      const hidden = Array.from({ length: n }, () => random.next() < 0.5);
      const clauses: number[][] = [];
      while (clauses.length < n * 4.25) {
        const clause = Array.from({ length: 3 }, () => (random.next() < 0.5 ? positive : negative)(random.int(n)));
        const satisfied = clause.filter((l) => hidden[l >> 1] === ((l & 1) === 0)).length;
        if (satisfied === 0 || (satisfied === 3 && random.next() < 0.7) || (satisfied === 2 && random.next() < 0.3)) continue;
        clauses.push(clause);
      }
      const solver = new SatSolver();
      for (let v = 0; v < n; v++) solver.newVariable();
      for (const clause of clauses) solver.addClause(clause);
      expect(solver.solve(Infinity), `seed ${seed}`).toBe(SatAnswer.Satisfiable);
      for (const clause of clauses) expect(clause.some((l) => solver.modelValue(l >> 1) === ((l & 1) === 0))).toBe(true);
      most = Math.max(most, solver.conflicts);
    }
    expect(most).toBeGreaterThan(5_000); // enough learnt clauses to be reduced more than once
  });

  it("refutes six pigeons in five holes, and says unknown when the conflicts run out", () => {
    const build = () => {
      const solver = new SatSolver();
      const x = (p: number, h: number) => p * 5 + h;
      for (let i = 0; i < 30; i++) solver.newVariable();
      for (let p = 0; p < 6; p++) solver.addClause(Array.from({ length: 5 }, (_, h) => positive(x(p, h))));
      for (let h = 0; h < 5; h++)
        solver.addAtMost(
          Array.from({ length: 6 }, (_, p) => positive(x(p, h))),
          1,
        );
      return solver;
    };
    expect(build().solve(Infinity)).toBe(SatAnswer.Unsatisfiable);
    expect(build().solve(Infinity, 3)).toBe(SatAnswer.Unknown);
  });

  it("takes a theory's clauses as conflicts: a constraint known only to a theory holds in every model, and refutes where it must", () => {
    // "At most k of these literals", told to the solver only by a theory, on random formulas.
    let refuted = 0;
    let heard = 0;
    for (let trial = 0; trial < 300; trial++) {
      const random = createRandom(trial + 1000);
      const n = 4 + random.int(9);
      const clauses = randomClauses(random, n, 0.5, 2, 0.7);
      const lits = [...new Set(Array.from({ length: 2 + random.int(n - 1) }, () => positive(random.int(n))))];
      const k = random.int(lits.length);
      const satisfies = (mask: number) => clauses.every((c) => c.some((l) => holds(mask, l))) && lits.filter((l) => holds(mask, l)).length <= k;
      let expected = false;
      for (let mask = 0; mask < 1 << n && !expected; mask++) expected = satisfies(mask);

      const solver = new SatSolver();
      for (let v = 0; v < n; v++) solver.newVariable();
      const theory: Theory = {
        check: (s) => {
          const on = lits.filter((l) => s.valueOf(l) === 1);
          if (on.length <= k) return null;
          heard++;
          return on.slice(0, k + 1).map((l) => l ^ 1);
        },
        backtrack: () => {},
      };
      solver.theory = theory;
      const consistent = clauses.every((c) => solver.addClause(c));
      const answer = consistent ? solver.solve(Infinity) : SatAnswer.Unsatisfiable;
      expect(answer === SatAnswer.Satisfiable, `trial ${trial}`).toBe(expected);
      if (answer === SatAnswer.Satisfiable) {
        let mask = 0;
        for (let v = 0; v < n; v++) if (solver.modelValue(v)) mask |= 1 << v;
        expect(satisfies(mask), `model of trial ${trial}`).toBe(true);
      } else if (consistent) refuted++;
    }
    expect(refuted).toBeGreaterThan(20); // the theory alone made some formulas unsatisfiable
    expect(heard).toBeGreaterThan(100);
  });
});
