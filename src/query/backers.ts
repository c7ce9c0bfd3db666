// "Who backs X": direct `supports` edges into X, and chains (A supports B supports X)
// up to a depth, each backer with the path that makes it one.
import { InvalidInputError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { edgeView } from './edge-view.ts';
import { nodeRef } from './node-ref.ts';
import { resolveNode } from './resolve-node.ts';
import type { EdgeView, NodeRef, Path } from './types.ts';

export interface Backer {
  backer: NodeRef;
  /** 1 = direct. */
  depth: number;
  path: Path;
}

export interface BackersResult {
  of: NodeRef;
  direct: Backer[];
  indirect: Backer[];
}

const BACKING_TYPES = new Set(['actor', 'backer']);

/**
 * @example backers(graph, 'Haftar').direct.map((b) => b.backer.label) // → ['Abdel Fattah al-Sisi', 'Egypt', …]
 */
export function backers(graph: KnowledgeGraph, ref: string, options: { maxDepth?: number } = {}): BackersResult {
  const maxDepth = options.maxDepth ?? 3;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 6) {
    throw new InvalidInputError(`query.backers: option "maxDepth" must be an integer from 1 to 6 (got ${maxDepth}).`);
  }
  const of = resolveNode(graph, ref, { where: 'query.backers' });
  // via.get(n) = the supports edges from n to the next node towards `of`.
  const via = new Map<string, { next: string; edges: EdgeView[] }>();
  let frontier = [of];
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const target of frontier) {
      graph.forEachInEdge(target, (edge, a, source) => {
        if (a.relation !== 'supports' || source === of || !BACKING_TYPES.has(graph.getNodeAttribute(source, 'type'))) return;
        const seen = via.get(source);
        if (seen && seen.next !== target) return; // already reached by a shorter chain
        if (!seen) next.push(source);
        const entry = seen ?? { next: target, edges: [] };
        entry.edges.push(edgeView(graph, edge));
        via.set(source, entry);
      });
    }
    frontier = next;
  }
  const list: Backer[] = [...via.keys()].map((key) => {
    const nodes = [key];
    const hops = [];
    for (let at = key; at !== of; ) {
      const step = via.get(at)!;
      hops.push({ from: at, to: step.next, edges: step.edges });
      nodes.push((at = step.next));
    }
    return { backer: nodeRef(graph, key), depth: hops.length, path: { length: hops.length, nodes: nodes.map((n) => nodeRef(graph, n)), hops } };
  });
  list.sort((a, b) => a.depth - b.depth || a.backer.label.localeCompare(b.backer.label));
  return { of: nodeRef(graph, of), direct: list.filter((b) => b.depth === 1), indirect: list.filter((b) => b.depth > 1) };
}
