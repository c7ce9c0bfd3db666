// Positions for exported files so Gephi opens a readable picture: types on rings, then
// ForceAtlas2 for small graphs (large ones keep the rings; Gephi can lay them out).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph, NodeType } from '../types.ts';

const RING: Record<NodeType, number> = { actor: 1, backer: 2, proposal: 3, city: 4 };
export const LAYOUT_MAX_NODES = 5000;

/** @example layoutPositions(graph).get('city:sirte') // → {x: 123.4, y: -56.7} */
export function layoutPositions(graph: KnowledgeGraph): Map<string, { x: number; y: number }> {
  const copy = new Graph({ type: 'undirected', multi: false });
  const nodes = graph.nodes();
  nodes.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    const r = 100 * RING[graph.getNodeAttribute(key, 'type')];
    copy.addNode(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  if (graph.order <= LAYOUT_MAX_NODES) {
    graph.forEachEdge((_e, _a, s, t) => copy.mergeEdge(s, t));
    forceAtlas2.assign(copy, { iterations: 200, settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: graph.order > 500 } });
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return new Map(copy.mapNodes((key, a) => [key, { x: round(a.x), y: round(a.y) }]));
}
