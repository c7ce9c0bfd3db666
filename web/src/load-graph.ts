// Turns GET /api/graph's serialisation into the graph sigma draws: same keys and
// attributes, plus x/y starting positions for the layout (seeded by key, so a reload
// starts from the same picture).
import Graph from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from './api-types.ts';

export type ViewNodeAttributes = NodeAttributes & { x: number; y: number };
export type ViewGraph = Graph<ViewNodeAttributes, EdgeAttributes>;

/** FNV-1a: a stable number in [0, 1) for a key. */
function unitHash(text: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) / 4294967296;
}

/**
 * @example const graph = toViewGraph(await api.graph()); graph.getNodeAttribute('city:sirte', 'x')
 */
export function toViewGraph(data: SerializedGraph): ViewGraph {
  const graph: ViewGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const radius = Math.sqrt(data.nodes.length) * 10;
  for (const { key, attributes } of data.nodes) {
    const angle = unitHash(key, 1) * 2 * Math.PI;
    const distance = Math.sqrt(unitHash(key, 2)) * radius;
    const attrs = attributes ?? ({ label: key, type: key.split(':')[0] } as NodeAttributes);
    graph.addNode(key, { ...attrs, label: attrs.label ?? key, x: Math.cos(angle) * distance, y: Math.sin(angle) * distance });
  }
  for (const { key, source, target, attributes } of data.edges) {
    const attrs = attributes ?? { relation: 'related' };
    if (key !== undefined) graph.addEdgeWithKey(key, source, target, attrs);
    else graph.addEdge(source, target, attrs);
  }
  return graph;
}
