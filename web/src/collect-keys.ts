// Reads node and edge references out of an API answer without depending on its exact
// nesting: /api/paths, /api/ask and /api/nodes name things by key (`backer:turkey`) or
// by label ("Egypt"); the viewer only needs which of its graph's nodes/edges they are.
import type Graph from 'graphology';
import type { NodeHit } from './api-types.ts';

function walk(value: unknown, visit: (value: unknown) => void, depth = 0): void {
  if (depth > 8 || value === null || value === undefined) return;
  visit(value);
  if (Array.isArray(value)) for (const item of value) walk(item, visit, depth + 1);
  else if (typeof value === 'object') for (const item of Object.values(value)) walk(item, visit, depth + 1);
}

/** Search hits in order: every object with a string `key` and a label (own or in `attributes`). */
export function collectNodeHits(body: unknown): NodeHit[] {
  const hits = new Map<string, NodeHit>();
  walk(body, (value) => {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const item = value as { key?: unknown; label?: unknown; type?: unknown; attributes?: { label?: unknown; type?: unknown } };
    const label = item.label ?? item.attributes?.label;
    if (typeof item.key !== 'string' || typeof label !== 'string' || hits.has(item.key)) return;
    const type = item.type ?? item.attributes?.type;
    hits.set(item.key, { key: item.key, label, type: typeof type === 'string' ? (type as NodeHit['type']) : undefined });
  });
  return [...hits.values()];
}

/**
 * Node and edge keys of `graph` mentioned anywhere in `body`, in order of appearance.
 * @example collectGraphKeys({answer: [{key: 'backer:egypt'}]}, graph) → {nodes: ['backer:egypt'], edges: []}
 */
export function collectGraphKeys(body: unknown, graph: Graph): { nodes: string[]; edges: string[] } {
  const byLabel = new Map<string, string>();
  graph.forEachNode((key, attrs) => byLabel.set(String(attrs.label).toLowerCase(), key));
  const nodes = new Set<string>();
  const edges = new Set<string>();
  walk(body, (value) => {
    if (typeof value !== 'string') return;
    if (graph.hasNode(value)) nodes.add(value);
    else if (graph.hasEdge(value)) edges.add(value);
    else if (byLabel.has(value.toLowerCase())) nodes.add(byLabel.get(value.toLowerCase())!);
  });
  return { nodes: [...nodes], edges: [...edges] };
}
