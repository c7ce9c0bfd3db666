// An edge as plain data with its evidence, for answers and paths.
import type { KnowledgeGraph } from '../types.ts';
import type { EdgeView } from './types.ts';

/** @example edgeView(graph, edgeKey).evidence[0].quote */
export function edgeView(graph: KnowledgeGraph, key: string): EdgeView {
  const a = graph.getEdgeAttributes(key);
  const view: EdgeView = {
    key,
    source: graph.source(key),
    target: graph.target(key),
    relation: a.relation,
    confidence: a.confidence,
    sources: a.sources,
    evidence: a.evidence ?? [],
  };
  if (a.since) view.since = a.since;
  if (a.until) view.until = a.until;
  return view;
}
