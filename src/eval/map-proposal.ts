// score.py's proposal mapping: a proposal node → one gold proposal, through the gold ids of
// its `proposes` sources, its label/aliases and its month, in a fixed order of pools; when
// proposers fit several proposals, the best Jaccard fit of proposer sets decides.
import { asList } from './as-list.ts';
import { normaliseName } from './normalise-name.ts';
import { pyOr } from './py-or.ts';
import { pyStr } from './py-str.ts';
import type { EvalGraph, Gold, NodeMapping } from './types.ts';

const prefix = (text: string, n: number) => Array.from(text).slice(0, n).join('');
const and = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));

/** @example mapProposal('proposal:cairo', graph, gold, mapping, aliasIndex(gold.proposals)) === 'p_cairo' */
export function mapProposal(key: string, graph: EvalGraph, gold: Gold, mapping: NodeMapping, proposalAlias: Map<string, Set<string>>): string | null {
  const attrs = graph.nodes.get(key)!;
  const proposers = new Set<string>();
  for (const [s, t, a] of graph.edges) {
    const id = mapping.get(s);
    if (t === key && a.relation === 'proposes' && id != null) proposers.add(id);
  }
  const proposals = Object.entries(gold.proposals);
  const candidates = new Set(proposals.filter(([, p]) => p.proposers.some((x) => proposers.has(x))).map(([id]) => id));
  const byLabel = new Set<string>();
  const labels = [('label' in attrs ? attrs.label : ''), ...asList(attrs.aliases)];
  for (const alias of labels) for (const id of proposalAlias.get(normaliseName(alias)) ?? []) byLabel.add(id);
  const date = prefix(pyStr(pyOr(attrs.date, '')), 10);
  const byDate = new Set(proposals.filter(([, p]) => date && prefix(p.date, 7) === prefix(date, 7)).map(([id]) => id));
  for (const pool of [and(candidates, byLabel), and(candidates, byDate), candidates, byLabel, and(byDate, byLabel)]) {
    if (pool.size === 1) return [...pool][0];
  }
  if (candidates.size <= 1) return null;
  const dated = and(candidates, byDate);
  const pool = dated.size ? dated : candidates;
  const fit = [...pool].map((id) => {
    const theirs = new Set(gold.proposals[id].proposers);
    const union = new Set([...proposers, ...theirs]);
    return [id, and(proposers, theirs).size / union.size] as const;
  });
  const best = Math.max(...fit.map(([, v]) => v));
  const top = fit.filter(([, v]) => v === best);
  return top.length === 1 ? top[0][0] : null;
}
