// One node in full: its attributes and every fact it takes part in, grouped by relation,
// each with the other end and the evidence.
import type { KnowledgeGraph, NodeAttributes } from '../types.ts';
import { edgeView } from './edge-view.ts';
import { nodeRef } from './node-ref.ts';
import { resolveNode } from './resolve-node.ts';
import type { EdgeView, NodeRef } from './types.ts';

export interface NodeFact {
  direction: 'out' | 'in';
  other: NodeRef;
  edge: EdgeView;
}

export interface NodeDetails {
  key: string;
  attributes: NodeAttributes;
  facts: Record<string, NodeFact[]>;
}

/**
 * @example node(graph, 'Turkey').facts.supports[0].other.label // → 'Government of National Accord'
 */
export function node(graph: KnowledgeGraph, ref: string): NodeDetails {
  const key = resolveNode(graph, ref, { where: 'query.node' });
  const facts: Record<string, NodeFact[]> = {};
  const add = (edge: string, direction: 'out' | 'in', other: string) => {
    const view = edgeView(graph, edge);
    (facts[view.relation] ??= []).push({ direction, other: nodeRef(graph, other), edge: view });
  };
  graph.forEachOutEdge(key, (edge, _a, _s, target) => add(edge, 'out', target));
  graph.forEachInEdge(key, (edge, _a, source) => add(edge, 'in', source));
  for (const list of Object.values(facts)) list.sort((a, b) => a.direction.localeCompare(b.direction) || a.other.label.localeCompare(b.other.label));
  return { key, attributes: { ...graph.getNodeAttributes(key) }, facts };
}
