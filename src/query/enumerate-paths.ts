// Simple paths between two nodes, shortest first, by meeting in the middle: partial paths
// grow from both ends (each to about half the length) and join on a shared middle node.
// Cost grows with degree^(length/2) instead of degree^length, and a count budget and a
// deadline stop the search on any graph: the caller gets what was found and why it stopped.
import type { KnowledgeGraph, Relation } from '../types.ts';

export interface EnumerateOptions {
  relations?: Relation[];
  maxLength: number;
  limit: number;
  directed: boolean;
  deadline: number;
}

export type Truncation = false | 'limit' | 'time' | 'budget';

/** Partial paths kept per side before giving up: bounds memory on dense graphs. */
const MAX_PARTIALS = 250_000;

type Level = Map<string, string[][]>;

/** Raised inside the expansion loops to unwind; never escapes this file. */
class Stop {
  constructor(readonly reason: 'time' | 'budget') {}
}

/**
 * @example enumeratePaths(graph, 'backer:turkey', 'actor:khalifa-haftar', {maxLength: 3, limit: 5, directed: false, deadline: Date.now() + 1000})
 * // → {paths: [['backer:turkey', 'proposal:…', 'actor:khalifa-haftar'], …], truncated: false}
 */
export function enumeratePaths(graph: KnowledgeGraph, from: string, to: string, o: EnumerateOptions): { paths: string[][]; truncated: Truncation } {
  const allowed = o.relations?.length ? new Set<Relation>(o.relations) : undefined;
  let partials = 0;
  let ticks = 0;
  const tick = () => {
    if ((++ticks & 1023) === 0 && Date.now() > o.deadline) throw new Stop('time');
  };
  const step = (node: string, forward: boolean): string[] => {
    const out = new Set<string>();
    const take = (a: { relation: Relation }, other: string) => {
      if (!allowed || allowed.has(a.relation)) out.add(other);
    };
    if (forward || !o.directed) graph.forEachOutEdge(node, (_e, a, _s, t) => take(a, t));
    if (!forward || !o.directed) graph.forEachInEdge(node, (_e, a, s) => take(a, s));
    tick();
    return [...out];
  };
  // levels[d]: end node → partial paths of d hops from the side's start.
  const grow = (start: string, stopAt: string, forward: boolean) => {
    const levels: Level[] = [new Map([[start, [[start]]]])];
    return (d: number): Level => {
      while (levels.length <= d) {
        const next: Level = new Map();
        for (const [end, list] of levels[levels.length - 1]) {
          if (end === stopAt) continue; // a path reaching the far end stops there
          const steps = step(end, forward);
          for (const path of list) {
            for (const other of steps) {
              if (path.includes(other)) continue;
              if (++partials > MAX_PARTIALS) throw new Stop('budget');
              tick();
              let bucket = next.get(other);
              if (!bucket) next.set(other, (bucket = []));
              bucket.push([...path, other]);
            }
          }
        }
        levels.push(next);
      }
      return levels[d];
    };
  };
  const forwardLevel = grow(from, to, true);
  const backwardLevel = grow(to, from, false);
  const paths: string[][] = [];
  try {
    for (let length = 1; length <= o.maxLength; length++) {
      const f = Math.ceil(length / 2);
      const fw = forwardLevel(f);
      const bw = backwardLevel(length - f);
      for (const [middle, heads] of fw) {
        const tails = bw.get(middle);
        if (!tails) continue;
        for (const head of heads) {
          const seen = new Set(head);
          for (const tail of tails) {
            tick();
            if (tail.some((n, i) => i < tail.length - 1 && seen.has(n))) continue;
            paths.push([...head, ...tail.slice(0, -1).reverse()]);
            if (paths.length > o.limit) return { paths: paths.slice(0, o.limit), truncated: 'limit' };
          }
        }
      }
    }
  } catch (error) {
    if (error instanceof Stop) return { paths: paths.slice(0, o.limit), truncated: error.reason };
    throw error;
  }
  return { paths, truncated: false };
}
