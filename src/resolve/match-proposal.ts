// Finds the existing proposal node a newly read proposal is the same as: same proposers
// (or their sides) within a week, or the same proper name within two months. Sarraj's
// call of 21 Aug 2020 told by two outlets is one node. Candidates come from the
// proposers' own edges and a name index, so the cost does not grow with the corpus.
import { normalizeName } from '../text/normalize-name.ts';
import type { KnowledgeGraph, ProposalRef } from '../types.ts';

const SAME_CALL_DAYS = 7;
const SAME_NAME_DAYS = 60;

const days = (a?: string, b?: string): number => {
  if (!a || !b) return Infinity;
  const pa = Date.parse(a.length === 4 ? `${a}-07-01` : a.length === 7 ? `${a}-15` : a);
  const pb = Date.parse(b.length === 4 ? `${b}-07-01` : b.length === 7 ? `${b}-15` : b);
  return Math.abs(pa - pb) / 86_400_000;
};

/** "Cairo Declaration (2020-06-06)" → "cairo declaration"; unnamed calls have no name. */
export function proposalName(label: string): string | undefined {
  const base = label.replace(/\s*\(\d{4}(-\d{2}){0,2}\)$/, '');
  return /^ceasefire( call by .*)?$/i.test(base) ? undefined : normalizeName(base);
}

export interface ProposalLookup {
  /** Node keys that speak for the same side as `key` (itself, its side, the side's people). */
  sameSide(key: string): string[];
  /** Proposal node keys registered under a name. */
  named(name: string): Iterable<string>;
}

/** Key of the matching proposal node, or undefined. `proposers` are node keys. */
export function matchProposal(graph: KnowledgeGraph, ref: ProposalRef, proposers: string[], lookup: ProposalLookup): string | undefined {
  const candidates = new Map<string, 'name' | 'proposers'>();
  const name = proposalName(ref.label);
  if (name) for (const key of lookup.named(name)) candidates.set(key, 'name');
  for (const proposer of proposers) {
    for (const side of lookup.sameSide(proposer)) {
      if (!graph.hasNode(side)) continue;
      graph.forEachOutEdge(side, (_e, ea, _s, target) => {
        if (ea.relation === 'proposes' && !candidates.has(target)) candidates.set(target, 'proposers');
      });
    }
  }
  let best: string | undefined;
  let bestDays = Infinity;
  for (const [key, via] of candidates) {
    const gap = days(graph.getNodeAttribute(key, 'date'), ref.date);
    const fits = via === 'name' ? gap <= SAME_NAME_DAYS : gap <= SAME_CALL_DAYS;
    if (fits && (gap < bestDays || (gap === bestDays && best !== undefined && key < best))) [best, bestDays] = [key, gap];
  }
  return best;
}
