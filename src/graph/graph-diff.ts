// A change to the graph as plain data: nodes and edges to add or replace (whole
// attributes) and keys to drop. The corpus graph computes one per batch of articles; the
// server ships it from the worker that built it and applies it to the graph it serves in
// one synchronous step, so a reader sees the graph before the batch or after it, never half.
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';

export interface GraphDiff {
  nodes: Array<[key: string, attributes: NodeAttributes]>;
  dropNodes: string[];
  edges: Array<[key: string, source: string, target: string, attributes: EdgeAttributes]>;
  dropEdges: string[];
  attributes: GraphAttributes;
}

export const emptyDiff = (): GraphDiff => ({ nodes: [], dropNodes: [], edges: [], dropEdges: [], attributes: {} });

/** @example applyDiff(liveGraph, diff) // synchronous: no request runs in between */
export function applyDiff(graph: KnowledgeGraph, diff: GraphDiff): void {
  for (const key of diff.dropEdges) if (graph.hasEdge(key)) graph.dropEdge(key);
  for (const key of diff.dropNodes) if (graph.hasNode(key)) graph.dropNode(key);
  for (const [key, attributes] of diff.nodes) {
    if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
    else graph.addNode(key, attributes);
  }
  for (const [key, source, target, attributes] of diff.edges) {
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  if (Object.keys(diff.attributes).length) graph.mergeAttributes(diff.attributes);
}

/** The whole graph as one diff onto an empty graph (a start-up without a snapshot). */
export function diffOf(graph: KnowledgeGraph): GraphDiff {
  return {
    nodes: graph.mapNodes((key, attributes) => [key, attributes]),
    dropNodes: [],
    edges: graph.mapEdges((key, attributes, source, target) => [key, source, target, attributes]),
    dropEdges: [],
    attributes: { ...graph.getAttributes() },
  };
}
