/**
 * A break is a maximal run of idle slots between two meetings of one participant on one day:
 * an idle run of three slots is one break, and the night between two days is none.
 */

/** Breaks of one participant given the slot indices of its meetings (any order). */
export function breaksOfSlots(slotIndices: readonly number[], day: ArrayLike<number>): number {
  const sorted = [...slotIndices].sort((x, y) => x - y);
  let breaks = 0;
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current > previous + 1 && day[previous] === day[current]) breaks++;
  }
  return breaks;
}

/** The largest difference between two participants' breaks. */
export function breakSpread(breaks: Iterable<number>): number {
  let min = Infinity;
  let max = -Infinity;
  for (const b of breaks) {
    if (b < min) min = b;
    if (b > max) max = b;
  }
  return max >= min ? max - min : 0;
}
