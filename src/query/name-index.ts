// The names of every node (label + aliases) with their comparison keys, computed once per
// graph and recomputed after the graph changes (a graphology event bumps a version).
import type { KnowledgeGraph, NodeType } from '../types.ts';
import { nameKeys, type NameKeys } from './name-keys.ts';

export interface IndexedName extends NameKeys {
  text: string;
  isLabel: boolean;
}

export interface IndexedNode {
  key: string;
  label: string;
  type: NodeType;
  kind: string;
  mentions: number;
  names: IndexedName[];
}

interface Cached {
  version: string;
  entries: IndexedNode[];
  /** Normalised label or alias → keys of the nodes that carry it. */
  byNorm: Map<string, string[]>;
}

const cache = new WeakMap<KnowledgeGraph, Cached>();
const versions = new WeakMap<KnowledgeGraph, number>();
const CHANGES = ['nodeAdded', 'nodeDropped', 'nodeAttributesUpdated', 'cleared', 'attributesUpdated'] as const;

// Order and size join the event count: a merge that edits an alias array in place
// without an event still adds edges, so the index is rebuilt.
function version(graph: KnowledgeGraph): string {
  if (!versions.has(graph)) {
    versions.set(graph, 0);
    const bump = () => versions.set(graph, (versions.get(graph) ?? 0) + 1);
    for (const event of CHANGES) graph.on(event, bump);
  }
  return `${versions.get(graph)}:${graph.order}:${graph.size}`;
}

/** Keys of the nodes whose label or an alias normalises to `norm` (the fast path of resolveNode). */
export function nodesNamed(graph: KnowledgeGraph, norm: string): string[] {
  return indexOf(graph).byNorm.get(norm) ?? [];
}

/** @example nameIndex(graph).find((n) => n.key === 'actor:khalifa-haftar')?.names[0].norm // → 'khalifa haftar' */
export function nameIndex(graph: KnowledgeGraph): IndexedNode[] {
  return indexOf(graph).entries;
}

function indexOf(graph: KnowledgeGraph): Cached {
  const v = version(graph);
  const hit = cache.get(graph);
  if (hit && hit.version === v) return hit;
  const entries: IndexedNode[] = [];
  graph.forEachNode((key, a) => {
    const seen = new Set<string>();
    const names: IndexedName[] = [];
    for (const [text, isLabel] of [[a.label, true], ...(a.aliases ?? []).map((s) => [s, false])] as Array<[string, boolean]>) {
      const keys = nameKeys(String(text ?? ''));
      if (!keys.norm || seen.has(keys.norm)) continue;
      seen.add(keys.norm);
      names.push({ text, isLabel, ...keys });
    }
    entries.push({ key, label: a.label, type: a.type, kind: a.kind, mentions: a.mentions ?? 0, names });
  });
  const byNorm = new Map<string, string[]>();
  for (const entry of entries) for (const name of entry.names) byNorm.set(name.norm, [...(byNorm.get(name.norm) ?? []), entry.key]);
  const fresh = { version: v, entries, byNorm };
  cache.set(graph, fresh);
  return fresh;
}
