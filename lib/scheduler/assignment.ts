/**
 * Minimum-cost assignment of `rows` items to distinct columns (rows <= cols), Hungarian method
 * with potentials, O(rows² · cols). `cost[r * cols + c]`; Infinity forbids a pair. Returns the
 * column of each row, or null when no assignment avoids a forbidden pair.
 */
export function assignMinCost(cost: Float64Array, rows: number, cols: number): Int32Array | null {
  const BIG = 1e9;
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const owner = new Int32Array(cols + 1); // owner[c]: row (1-based) holding column c, 0 if none
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let r = 1; r <= rows; r++) {
    owner[0] = r;
    let c0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[c0] = 1;
      const r0 = owner[c0]!;
      let delta = Infinity;
      let c1 = 0;
      for (let c = 1; c <= cols; c++) {
        if (used[c]) continue;
        const raw = cost[(r0 - 1) * cols + (c - 1)]!;
        const cur = (raw === Infinity ? BIG : raw) - u[r0]! - v[c]!;
        if (cur < minv[c]!) {
          minv[c] = cur;
          way[c] = c0;
        }
        if (minv[c]! < delta) {
          delta = minv[c]!;
          c1 = c;
        }
      }
      for (let c = 0; c <= cols; c++) {
        if (used[c]) {
          u[owner[c]!]! += delta;
          v[c]! -= delta;
        } else {
          minv[c]! -= delta;
        }
      }
      c0 = c1;
    } while (owner[c0] !== 0);
    do {
      const c1 = way[c0]!;
      owner[c0] = owner[c1]!;
      c0 = c1;
    } while (c0 !== 0);
  }
  const result = new Int32Array(rows);
  for (let c = 1; c <= cols; c++) if (owner[c]! > 0) result[owner[c]! - 1] = c - 1;
  for (let r = 0; r < rows; r++) if (cost[r * cols + result[r]!] === Infinity) return null;
  return result;
}
