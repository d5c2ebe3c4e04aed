/** Half-open time ranges [start, end) in epoch milliseconds, and the few operations slots need. */
export interface Range {
  start: number;
  end: number;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The parts of `range` not covered by any of `holes`, in order. */
export function subtract(range: Range, holes: readonly Range[]): Range[] {
  let pieces: Range[] = [range];
  for (const hole of holes) {
    pieces = pieces.flatMap((piece) => {
      if (!overlaps(piece, hole)) return [piece];
      const left = { start: piece.start, end: hole.start };
      const right = { start: hole.end, end: piece.end };
      return [left, right].filter((r) => r.end > r.start);
    });
  }
  return pieces.sort((a, b) => a.start - b.start);
}
