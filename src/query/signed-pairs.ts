// The signed graph behind camps: undirected weighted pairs of actors/backers.
// supports = +, rejects/attacks between parties = −, and two parties that take a stance on
// the same proposal agree (+) or disagree (−) with a smaller weight, since sharing a
// stance on one ceasefire is weaker evidence of alliance than backing someone.
import type { KnowledgeGraph } from '../types.ts';

export const SIGNED_WEIGHTS = { support: 1, oppose: 1, stance: 0.25 } as const;

const PARTY = new Set(['actor', 'backer']);
const NEGATIVE = new Set(['rejects', 'attacks', 'opposes']);
const STANCE: Record<string, number> = { proposes: 1, supports: 1, rejects: -1 };

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Pair key ("a\0b", a < b) → summed signed weight.
 * @example signedPairs(graph).get('actor:government-of-national-accord\0backer:turkey') // → 1.25
 */
export function signedPairs(graph: KnowledgeGraph): Map<string, number> {
  const pairs = new Map<string, number>();
  const add = (a: string, b: string, w: number) => {
    if (a === b) return;
    const k = pairKey(a, b);
    pairs.set(k, (pairs.get(k) ?? 0) + w);
  };
  graph.forEachEdge((_e, a, source, target, sa, ta) => {
    if (!PARTY.has(sa.type) || !PARTY.has(ta.type)) return;
    const weight = Math.max(1, a.sources ?? 1);
    if (a.relation === 'supports') add(source, target, SIGNED_WEIGHTS.support * weight);
    else if (NEGATIVE.has(a.relation)) add(source, target, -SIGNED_WEIGHTS.oppose * weight);
  });
  graph.forEachNode((proposal, pa) => {
    if (pa.type !== 'proposal') return;
    const stance = new Map<string, number>();
    graph.forEachInEdge(proposal, (_e, a, source, _t, sa) => {
      const s = STANCE[a.relation];
      if (s !== undefined && PARTY.has(sa.type) && !stance.has(source)) stance.set(source, s);
    });
    const holders = [...stance];
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) add(holders[i][0], holders[j][0], SIGNED_WEIGHTS.stance * holders[i][1] * holders[j][1]);
    }
  });
  for (const [k, w] of pairs) if (w === 0) pairs.delete(k);
  return pairs;
}
