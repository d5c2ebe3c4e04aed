import type { Model } from "./model";

/**
 * An upper bound on how many meetings can be placed: no more than there are placeable
 * meetings, than tables summed over slots, nor than a fractional matching allows when each
 * participant can take part in at most as many meetings as it has usable slots (a participant
 * with 40 requests and 32 slots meets at most 32 of them). The last is a max flow on the
 * bipartite double of the meeting graph, halved.
 */
export function placementUpperBound(model: Model): number {
  const S = model.slots;
  let tables = 0;
  for (let t = 0; t < S; t++) tables += model.capacity[t]!;
  const placeable: number[] = [];
  for (let m = 0; m < model.meetings; m++) if (model.domain[m]!.length > 0) placeable.push(m);

  // Usable slots per participant: those some of its meetings may take.
  const usable = new Int32Array(model.participants);
  for (let p = 0; p < model.participants; p++) {
    const seen = new Uint8Array(S);
    for (const m of model.meetingsOf[p]!) for (const t of model.domain[m]!) seen[t] = 1;
    usable[p] = seen.reduce((sum, v) => sum + v, 0);
  }

  // Nodes: source, left copy of each participant, right copy, sink.
  const P = model.participants;
  const flow = new MaxFlow(2 * P + 2);
  const source = 2 * P;
  const sink = 2 * P + 1;
  for (let p = 0; p < P; p++) {
    flow.addEdge(source, p, usable[p]!);
    flow.addEdge(P + p, sink, usable[p]!);
  }
  for (const m of placeable) {
    flow.addEdge(model.sideA[m]!, P + model.sideB[m]!, 1);
    flow.addEdge(model.sideB[m]!, P + model.sideA[m]!, 1);
  }
  const matching = Math.floor(flow.run(source, sink) / 2);
  return Math.min(placeable.length, tables, matching);
}

/** Dinic's max flow, enough for a few thousand nodes. */
export class MaxFlow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly next: number[] = [];

  constructor(private readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  addEdge(from: number, to: number, capacity: number): void {
    for (const [u, v, c] of [
      [from, to, capacity],
      [to, from, 0],
    ] as const) {
      this.to.push(v);
      this.capacity.push(c);
      this.next.push(this.head[u]!);
      this.head[u] = this.to.length - 1;
    }
  }

  run(source: number, sink: number): number {
    let total = 0;
    const level = new Int32Array(this.nodes);
    const cursor = new Int32Array(this.nodes);
    const bfs = (): boolean => {
      level.fill(-1);
      level[source] = 0;
      const queue = [source];
      for (let i = 0; i < queue.length; i++) {
        const u = queue[i]!;
        for (let e = this.head[u]!; e >= 0; e = this.next[e]!) {
          const v = this.to[e]!;
          if (this.capacity[e]! > 0 && level[v]! < 0) {
            level[v] = level[u]! + 1;
            queue.push(v);
          }
        }
      }
      return level[sink]! >= 0;
    };
    const dfs = (u: number, pushed: number): number => {
      if (u === sink) return pushed;
      for (; cursor[u]! >= 0; cursor[u] = this.next[cursor[u]!]!) {
        const e = cursor[u]!;
        const v = this.to[e]!;
        if (this.capacity[e]! <= 0 || level[v] !== level[u]! + 1) continue;
        const got = dfs(v, Math.min(pushed, this.capacity[e]!));
        if (got > 0) {
          this.capacity[e]! -= got;
          this.capacity[e ^ 1]! += got;
          return got;
        }
      }
      return 0;
    };
    while (bfs()) {
      for (let u = 0; u < this.nodes; u++) cursor[u] = this.head[u]!;
      for (let got = dfs(source, Infinity); got > 0; got = dfs(source, Infinity)) total += got;
    }
    return total;
  }
}
