// A change to the graph as plain data: nodes and edges to add or replace (whole
// attributes), patches to existing ones (diff-patches.ts: what one article added), and
// keys to drop. The corpus graph computes one per batch of articles; the server ships it
// from the thread that built it and applies it to the graph it serves in one synchronous
// step, so a reader sees the graph before the batch or after it, never half.
import type { Claim, EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { patchedEdge, patchedNode, type EdgePatch, type NodePatch } from './diff-patches.ts';

export interface GraphDiff {
  nodes: Array<[key: string, attributes: NodeAttributes]>;
  nodePatches: Array<[key: string, patch: NodePatch]>;
  dropNodes: string[];
  edges: Array<[key: string, source: string, target: string, attributes: EdgeAttributes]>;
  edgePatches: Array<[key: string, patch: EdgePatch]>;
  dropEdges: string[];
  attributes: GraphAttributes;
  /** New articles' outlets and disputed claims, added to the graph's ledgers of them (never edges). */
  outlets: Record<string, string>;
  claims: Claim[];
}

export const emptyDiff = (): GraphDiff => ({ nodes: [], nodePatches: [], dropNodes: [], edges: [], edgePatches: [], dropEdges: [], attributes: {}, outlets: {}, claims: [] });

/** @example applyDiff(liveGraph, diff) // synchronous: no request runs in between */
export function applyDiff(graph: KnowledgeGraph, diff: GraphDiff): void {
  for (const key of diff.dropEdges) if (graph.hasEdge(key)) graph.dropEdge(key);
  for (const key of diff.dropNodes) if (graph.hasNode(key)) graph.dropNode(key);
  for (const [key, attributes] of diff.nodes) {
    if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
    else graph.addNode(key, attributes);
  }
  for (const [key, patch] of diff.nodePatches) graph.replaceNodeAttributes(key, patchedNode(graph.getNodeAttributes(key), patch));
  for (const [key, source, target, attributes] of diff.edges) {
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  for (const [key, patch] of diff.edgePatches) graph.replaceEdgeAttributes(key, patchedEdge(graph.getEdgeAttributes(key), patch));
  if (Object.keys(diff.attributes).length) graph.mergeAttributes(diff.attributes);
  // in place: a copy per article would make a 10,000-article build quadratic
  if (Object.keys(diff.outlets ?? {}).length) graph.updateAttribute('outlets', (outlets = {}) => Object.assign(outlets, diff.outlets));
  if (diff.claims?.length) graph.updateAttribute('claims', (claims = []) => [...claims, ...diff.claims]);
}

/** The whole graph as one diff onto an empty graph (a start-up without a snapshot). */
export function diffOf(graph: KnowledgeGraph): GraphDiff {
  const { outlets = {}, claims = [], ...attributes } = graph.getAttributes();
  return {
    nodes: graph.mapNodes((key, attributes) => [key, attributes]),
    nodePatches: [],
    dropNodes: [],
    edges: graph.mapEdges((key, attributes, source, target) => [key, source, target, attributes]),
    edgePatches: [],
    dropEdges: [],
    attributes,
    outlets: { ...outlets },
    claims: [...claims],
  };
}
