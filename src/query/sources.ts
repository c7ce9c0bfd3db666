// Who said it, in sum: every outlet with its articles (from the graph's article → outlet
// ledger, so an article that yielded no fact still counts), the facts it states and its
// evidence records, most facts first.
import type { KnowledgeGraph } from '../types.ts';
import { outletOf } from './outlets-of.ts';

export interface OutletSummary {
  outlet: string;
  /** Articles published by the outlet. */
  articles: number;
  /** Distinct edges with at least one evidence record from the outlet. */
  facts: number;
  /** Evidence records from the outlet. */
  evidence: number;
  /** Facts no other outlet states. */
  alone: number;
}

/** @example sources(graph).outlets[0] // → {outlet: 'libyaobserver.ly', articles: 2, facts: 5, evidence: 6, alone: 3} */
export function sources(graph: KnowledgeGraph): { outlets: OutletSummary[] } {
  const ledger = graph.getAttribute('outlets') ?? {};
  const rows = new Map<string, OutletSummary & { ids: Set<string> }>();
  const row = (outlet: string) => {
    let r = rows.get(outlet);
    if (!r) rows.set(outlet, (r = { outlet, articles: 0, facts: 0, evidence: 0, alone: 0, ids: new Set() }));
    return r;
  };
  for (const [article, outlet] of Object.entries(ledger)) row(outlet).ids.add(article);
  graph.forEachEdge((_edge, a) => {
    const outlets = new Set<string>();
    for (const e of a.evidence ?? []) {
      const r = row(outletOf(e, ledger));
      r.ids.add(e.article);
      r.evidence++;
      outlets.add(r.outlet);
    }
    for (const outlet of outlets) {
      const r = row(outlet);
      r.facts++;
      if (outlets.size === 1) r.alone++;
    }
  });
  const outlets = [...rows.values()].map(({ ids, ...r }) => ({ ...r, articles: ids.size }));
  return { outlets: outlets.sort((a, b) => b.facts - a.facts || b.articles - a.articles || a.outlet.localeCompare(b.outlet)) };
}
