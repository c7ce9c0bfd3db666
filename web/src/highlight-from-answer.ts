// Turns an API answer (paths, or an ask answer) into a highlight over the viewer's graph:
// the nodes it names, the edges it names, and — when it only names nodes in sequence —
// the edges that join consecutive nodes.
import { collectGraphKeys } from './collect-keys.ts';
import type { ViewGraph } from './load-graph.ts';
import type { Highlight } from './ui-state.ts';

/** @example highlightFromAnswer({paths: [['backer:turkey', 'actor:gna']]}, graph, 'path') */
export function highlightFromAnswer(body: unknown, graph: ViewGraph, origin: Highlight['origin']): Highlight & { order: string[] } {
  const { nodes, edges } = collectGraphKeys(body, graph);
  const edgeSet = new Set(edges);
  if (edgeSet.size === 0) {
    for (let i = 1; i < nodes.length; i++) for (const edge of graph.edges(nodes[i - 1], nodes[i])) edgeSet.add(edge);
    for (let i = 1; i < nodes.length; i++) for (const edge of graph.edges(nodes[i], nodes[i - 1])) edgeSet.add(edge);
  }
  const nodeSet = new Set(nodes);
  for (const edge of edgeSet) for (const end of graph.extremities(edge)) nodeSet.add(end);
  return { origin, nodes: nodeSet, edges: edgeSet, order: nodes };
}
