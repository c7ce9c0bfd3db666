// The neighbourhood of a node up to a depth, following chosen relations and node types,
// breadth first, so each neighbour carries its distance.
import { InvalidInputError } from '../errors.ts';
import type { KnowledgeGraph, NodeType, Relation } from '../types.ts';
import { edgeView } from './edge-view.ts';
import { nodeRef } from './node-ref.ts';
import { resolveNode } from './resolve-node.ts';
import type { EdgeView, NodeRef } from './types.ts';

export interface NeighboursOptions {
  relations?: Relation[];
  types?: NodeType[];
  /** 1..4, default 1. */
  depth?: number;
  direction?: 'out' | 'in' | 'both';
}

export interface Neighbourhood {
  center: NodeRef;
  nodes: Array<NodeRef & { distance: number }>;
  edges: EdgeView[];
}

export const MAX_NEIGHBOUR_DEPTH = 4;

/**
 * @example neighbours(graph, 'GNA', { relations: ['supports'], direction: 'in' }).nodes.map((n) => n.label) // → ['Qatar', 'Turkey', 'United Nations']
 */
export function neighbours(graph: KnowledgeGraph, ref: string, options: NeighboursOptions = {}): Neighbourhood {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOUR_DEPTH) {
    throw new InvalidInputError(`query.neighbours: option "depth" must be an integer from 1 to ${MAX_NEIGHBOUR_DEPTH} (got ${depth}).`);
  }
  const center = resolveNode(graph, ref, { where: 'query.neighbours' });
  const relations = options.relations?.length ? new Set(options.relations) : undefined;
  const types = options.types?.length ? new Set(options.types) : undefined;
  const direction = options.direction ?? 'both';
  const distance = new Map([[center, 0]]);
  const edges = new Set<string>();
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    const visit = (edge: string, relation: Relation, other: string) => {
      if (relations && !relations.has(relation)) return;
      if (types && !types.has(graph.getNodeAttribute(other, 'type'))) return;
      edges.add(edge);
      if (!distance.has(other)) {
        distance.set(other, d);
        next.push(other);
      }
    };
    for (const key of frontier) {
      if (direction !== 'in') graph.forEachOutEdge(key, (e, a, _s, t) => visit(e, a.relation, t));
      if (direction !== 'out') graph.forEachInEdge(key, (e, a, s) => visit(e, a.relation, s));
    }
    frontier = next;
  }
  const nodes = [...distance].filter(([k]) => k !== center).map(([k, dist]) => ({ ...nodeRef(graph, k), distance: dist }));
  nodes.sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label));
  return { center: nodeRef(graph, center), nodes, edges: [...edges].map((e) => edgeView(graph, e)) };
}
