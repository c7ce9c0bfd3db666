// score.py's system side: each edge with one of the four relations becomes a triple of
// gold ids (duplicates collapse, keeping every edge's attributes); an edge with an
// unmapped end is kept aside as wrong, and a proposer's support of its own proposal is neutral.
import { RELATIONS, type EvalGraph, type Gold, type NodeMapping } from './types.ts';

export interface SystemTriples {
  /** triple key → [source id, relation, target id] and the attributes of its edges, in edge order */
  system: Map<string, { triple: [string, string, string]; attrs: Array<Record<string, unknown>> }>;
  unmapped: unknown[][];
  neutral: number;
}

// score.py: nodes.get(s, {}).get("label", s): a present label wins even when it is null
const labelOf = (graph: EvalGraph, key: string): unknown => {
  const attrs = graph.nodes.get(key);
  return attrs && 'label' in attrs ? attrs.label : key;
};

/** @example systemTriples(graph, gold, mapNodes(graph, gold)).system.size */
export function systemTriples(graph: EvalGraph, gold: Gold, mapping: NodeMapping): SystemTriples {
  const out: SystemTriples = { system: new Map(), unmapped: [], neutral: 0 };
  for (const [s, t, attrs] of graph.edges) {
    const rel = attrs.relation;
    if (typeof rel !== 'string' || !(RELATIONS as readonly string[]).includes(rel)) continue;
    const sid = mapping.get(s) ?? null;
    const tid = mapping.get(t) ?? null;
    if (sid === null || tid === null) {
      out.unmapped.push([labelOf(graph, s), rel, labelOf(graph, t)]);
      continue;
    }
    // a proposer's `supports` to its own proposal is neither right nor wrong
    if (rel === 'supports' && Object.hasOwn(gold.proposals, tid) && gold.proposals[tid].proposers.includes(sid)) {
      out.neutral += 1;
      continue;
    }
    const key = JSON.stringify([sid, rel, tid]);
    if (!out.system.has(key)) out.system.set(key, { triple: [sid, rel, tid], attrs: [] });
    out.system.get(key)!.attrs.push(attrs);
  }
  return out;
}
