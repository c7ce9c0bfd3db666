// Every proposal (ceasefire, truce, declaration) with who proposed, supported and rejected
// it, ordered by date.
import type { KnowledgeGraph } from '../types.ts';
import { nodeRef } from './node-ref.ts';
import type { NodeRef } from './types.ts';

export interface Stance extends NodeRef {
  /** Date of the earliest article stating the stance. */
  date?: string;
  evidence: number;
}

export interface ProposalView extends NodeRef {
  date?: string;
  terms?: string;
  proposers: Stance[];
  supporters: Stance[];
  rejecters: Stance[];
}

const ROLE = { proposes: 'proposers', supports: 'supporters', rejects: 'rejecters' } as const;

/**
 * @example proposals(graph).find((p) => p.label === 'Cairo Declaration')?.rejecters.map((r) => r.label) // → ['Government of National Accord']
 */
export function proposals(graph: KnowledgeGraph, options: { keys?: string[] } = {}): ProposalView[] {
  const out: ProposalView[] = [];
  const keys = options.keys ?? graph.filterNodes((_k, a) => a.type === 'proposal');
  for (const key of keys) {
    const a = graph.getNodeAttributes(key);
    const view: ProposalView = { ...nodeRef(graph, key), proposers: [], supporters: [], rejecters: [] };
    if (a.date) view.date = a.date;
    if (a.terms) view.terms = a.terms;
    graph.forEachInEdge(key, (_e, ea, source) => {
      const role = ROLE[ea.relation as keyof typeof ROLE];
      if (!role || view[role].some((s) => s.key === source)) return;
      const dates = (ea.evidence ?? []).map((e) => e.date).filter((d): d is string => Boolean(d)).sort();
      const stance: Stance = { ...nodeRef(graph, source), evidence: ea.evidence?.length ?? 0 };
      if (dates[0]) stance.date = dates[0];
      view[role].push(stance);
    });
    for (const role of Object.values(ROLE)) view[role].sort((x, y) => x.label.localeCompare(y.label));
    out.push(view);
  }
  return out.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.label.localeCompare(y.label));
}
