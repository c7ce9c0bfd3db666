// A change to the graph as plain data: nodes and edges to add or replace (whole
// attributes), patches to existing ones (diff-patches.ts: what one article added), and
// keys to drop. The corpus graph computes one per batch of articles; the server ships it
// from the thread that built it and applies it to the graph it serves in one synchronous
// step (a large one in steps during which no read is answered from the graph), so a
// reader sees the graph before the batch or after it, never half.
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
  for (const _ of diffSteps(graph, diff)) continue;
}

/** The changes of a diff: what applying it costs. */
export const diffSize = (d: GraphDiff) => d.nodes.length + d.nodePatches.length + d.dropNodes.length + d.edges.length + d.edgePatches.length + d.dropEdges.length;

/**
 * applyDiff, pausing after every `every` changes: a server applies a large diff (a 1 MB
 * article: 8,000 changes, 60 ms) over several turns this way, and answers no read from
 * the graph until the last step is done (live-corpus.ts).
 * @example for (const _ of diffSteps(graph, diff, 200)) if (tooLong()) await nextTurn();
 */
export function* diffSteps(graph: KnowledgeGraph, diff: GraphDiff, every = Infinity): Generator<void, void, void> {
  let n = 0;
  for (const key of diff.dropEdges) {
    if (graph.hasEdge(key)) graph.dropEdge(key);
    if (++n % every === 0) yield;
  }
  for (const key of diff.dropNodes) {
    if (graph.hasNode(key)) graph.dropNode(key);
    if (++n % every === 0) yield;
  }
  for (const [key, attributes] of diff.nodes) {
    if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
    else graph.addNode(key, attributes);
    if (++n % every === 0) yield;
  }
  for (const [key, patch] of diff.nodePatches) {
    graph.replaceNodeAttributes(key, patchedNode(graph.getNodeAttributes(key), patch));
    if (++n % every === 0) yield;
  }
  for (const [key, source, target, attributes] of diff.edges) {
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
    if (++n % every === 0) yield;
  }
  for (const [key, patch] of diff.edgePatches) {
    graph.replaceEdgeAttributes(key, patchedEdge(graph.getEdgeAttributes(key), patch));
    if (++n % every === 0) yield;
  }
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
