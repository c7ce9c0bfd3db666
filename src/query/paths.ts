// "How is X connected to Y": shortest and other simple paths, bounded in length, count
// and time, each hop with the edges (and so the evidence) that join its two nodes.
import type { KnowledgeGraph, Relation } from '../types.ts';
import { edgeView } from './edge-view.ts';
import { enumeratePaths, type Truncation } from './enumerate-paths.ts';
import { nodeRef } from './node-ref.ts';
import { resolveNode } from './resolve-node.ts';
import { resolvePathsOptions, type PathsOptions } from './resolve-paths-options.ts';
import type { NodeRef, Path } from './types.ts';

export interface PathsResult {
  from: NodeRef;
  to: NodeRef;
  shortest: Path | null;
  paths: Path[];
  /** Why the list may be incomplete: more than `limit` paths, the time or size budget. */
  truncated: Truncation;
}

function hop(graph: KnowledgeGraph, from: string, to: string, directed: boolean, allowed?: Set<Relation>) {
  const keys = directed ? graph.edges(from, to) : [...graph.edges(from, to), ...graph.edges(to, from)];
  const edges = keys.filter((e) => !allowed || allowed.has(graph.getEdgeAttribute(e, 'relation'))).map((e) => edgeView(graph, e));
  return { from, to, edges };
}

/**
 * @example paths(graph, 'Turkey', 'Hafter', { maxLength: 3 }).shortest?.nodes.map((n) => n.label)
 * // → ['Turkey', 'Turkey-Russia ceasefire call', 'Khalifa Haftar']
 */
export function paths(graph: KnowledgeGraph, fromRef: string, toRef: string, partial: Partial<PathsOptions> = {}): PathsResult {
  const options = resolvePathsOptions(partial);
  const from = resolveNode(graph, fromRef, { where: 'query.paths' });
  const to = resolveNode(graph, toRef, { where: 'query.paths' });
  const result = { from: nodeRef(graph, from), to: nodeRef(graph, to) };
  if (from === to) return { ...result, shortest: null, paths: [], truncated: false };
  const found = enumeratePaths(graph, from, to, { ...options, deadline: Date.now() + options.timeoutMs });
  const allowed = options.relations?.length ? new Set(options.relations) : undefined;
  const list: Path[] = found.paths.map((nodes) => ({
    length: nodes.length - 1,
    nodes: nodes.map((k) => nodeRef(graph, k)),
    hops: nodes.slice(1).map((k, i) => hop(graph, nodes[i], k, options.directed, allowed)),
  }));
  return { ...result, shortest: list[0] ?? null, paths: list, truncated: found.truncated };
}
