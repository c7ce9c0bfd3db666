// Alliance blocs from the signed graph (signed-pairs.ts) by correlation clustering: each
// party moves to the bloc it is most positively tied to, until nothing moves. The
// frustration score is the share of signed weight the partition contradicts (0 = a
// perfectly balanced conflict). `camps(graph)` only reads; `camps.assign(graph)` writes
// the `camp` attribute (graphology-metrics style).
import type { KnowledgeGraph } from '../types.ts';
import { nodeRef } from './node-ref.ts';
import { signedPairs } from './signed-pairs.ts';
import type { NodeRef } from './types.ts';

export interface Camp {
  id: number;
  /** The member with the most positive weight inside the camp. */
  leader: NodeRef;
  members: NodeRef[];
}

export interface CampsResult {
  camps: Camp[];
  /** Parties with signed ties but no ally. */
  unaligned: NodeRef[];
  /** Contradicted weight / total weight, 0..1. */
  frustration: number;
  balance: number;
  frustrated: Array<{ a: string; b: string; weight: number }>;
}

const MAX_PASSES = 50;

function adjacency(pairs: Map<string, number>): Map<string, Map<string, number>> {
  const adj = new Map<string, Map<string, number>>();
  for (const [k, w] of pairs) {
    const [a, b] = k.split('\u0000');
    if (!adj.has(a)) adj.set(a, new Map());
    if (!adj.has(b)) adj.set(b, new Map());
    adj.get(a)!.set(b, w);
    adj.get(b)!.set(a, w);
  }
  return adj;
}

function cluster(adj: Map<string, Map<string, number>>): Map<string, number> {
  const strength = (n: string) => [...adj.get(n)!.values()].reduce((s, w) => s + Math.abs(w), 0);
  const order = [...adj.keys()].sort((a, b) => strength(b) - strength(a) || a.localeCompare(b));
  const of = new Map<string, number>();
  let fresh = 0;
  for (let pass = 0, moved = true; moved && pass < MAX_PASSES; pass++) {
    moved = false;
    for (const n of order) {
      const sums = new Map<number, number>();
      for (const [m, w] of adj.get(n)!) if (of.has(m)) sums.set(of.get(m)!, (sums.get(of.get(m)!) ?? 0) + w);
      // Stay, join the bloc with the largest positive sum, or stand alone (sum 0).
      const current = of.get(n);
      let best = current;
      let bestSum = current === undefined ? -Infinity : (sums.get(current) ?? 0);
      for (const [c, s] of sums) if (s > bestSum + 1e-9) [best, bestSum] = [c, s];
      if (best === undefined || bestSum < 0 || (bestSum === 0 && best !== current)) best = fresh++;
      if (best !== current) {
        of.set(n, best);
        moved = true;
      }
    }
  }
  return of;
}

function computeCamps(graph: KnowledgeGraph): CampsResult {
  const pairs = signedPairs(graph);
  const adj = adjacency(pairs);
  const of = cluster(adj);
  let total = 0;
  let contradicted = 0;
  const frustrated: CampsResult['frustrated'] = [];
  for (const [k, w] of pairs) {
    const [a, b] = k.split('\u0000');
    total += Math.abs(w);
    if ((w > 0) !== (of.get(a) === of.get(b))) {
      contradicted += Math.abs(w);
      frustrated.push({ a, b, weight: w });
    }
  }
  const groups = new Map<number, string[]>();
  for (const [n, c] of of) groups.set(c, [...(groups.get(c) ?? []), n]);
  const inside = (n: string) => [...adj.get(n)!].reduce((s, [m, w]) => s + (of.get(m) === of.get(n) && w > 0 ? w : 0), 0);
  const blocs = [...groups.values()].filter((g) => g.length > 1);
  blocs.sort((x, y) => y.length - x.length || x[0].localeCompare(y[0]));
  const camps = blocs.map((members, i) => {
    const leader = [...members].sort((a, b) => inside(b) - inside(a) || a.localeCompare(b))[0];
    const refs = members.map((m) => nodeRef(graph, m)).sort((a, b) => a.label.localeCompare(b.label));
    return { id: i + 1, leader: nodeRef(graph, leader), members: refs };
  });
  const unaligned = [...groups.values()].filter((g) => g.length === 1).map((g) => nodeRef(graph, g[0]));
  frustrated.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  const frustration = total ? contradicted / total : 0;
  return { camps, unaligned, frustration, balance: 1 - frustration, frustrated: frustrated.slice(0, 20) };
}

/** Writes `camp` (the camp id) on every camp member and removes it from other nodes. */
function assignCamps(graph: KnowledgeGraph): CampsResult {
  const result = computeCamps(graph);
  graph.forEachNode((n, a) => {
    if (a.camp !== undefined) graph.removeNodeAttribute(n, 'camp');
  });
  for (const camp of result.camps) for (const m of camp.members) graph.setNodeAttribute(m.key, 'camp', camp.id);
  return result;
}

/**
 * @example camps(graph).camps.map((c) => c.leader.label) // → ['Khalifa Haftar', 'Government of National Accord']
 * @example camps.assign(graph); graph.getNodeAttribute('backer:turkey', 'camp') // → 2
 */
export const camps = Object.assign(computeCamps, { assign: assignCamps });
