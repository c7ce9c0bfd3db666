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

/** @example nameIndex(graph).find((n) => n.key === 'actor:khalifa-haftar')?.names[0].norm // → 'khalifa haftar' */
export function nameIndex(graph: KnowledgeGraph): IndexedNode[] {
  const v = version(graph);
  const hit = cache.get(graph);
  if (hit && hit.version === v) return hit.entries;
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
  cache.set(graph, { version: v, entries });
  return entries;
}
