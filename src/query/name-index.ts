// The names of every node (label + aliases) with their comparison keys (text/name-keys.ts),
// kept per graph and updated node by node from graphology's events: a live server that
// merges one article touches a few nodes, so the next search recomputes those, not all.
import type { KnowledgeGraph, NodeAttributes, NodeType } from '../types.ts';
import { nameKeys, type NameKeys } from '../text/name-keys.ts';

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

interface Index {
  entries: Map<string, IndexedNode>;
  /** Normalised label or alias → keys of the nodes that carry it. */
  byNorm: Map<string, Set<string>>;
  /** Nodes added, changed or dropped since the last lookup. */
  dirty: Set<string>;
  /** Everything must be recomputed (first use, graph cleared). */
  stale: boolean;
}

const indexes = new WeakMap<KnowledgeGraph, Index>();

/** Keys of the nodes whose label or an alias normalises to `norm` (the fast path of resolveNode). */
export function nodesNamed(graph: KnowledgeGraph, norm: string): string[] {
  return [...(current(graph).byNorm.get(norm) ?? [])];
}

/** @example [...nameIndex(graph)].find((n) => n.key === 'actor:khalifa-haftar')?.names[0].norm // → 'khalifa haftar' */
export function nameIndex(graph: KnowledgeGraph): Iterable<IndexedNode> {
  return current(graph).entries.values();
}

function entryOf(key: string, a: NodeAttributes): IndexedNode {
  const seen = new Set<string>();
  const names: IndexedName[] = [];
  for (const [text, isLabel] of [[a.label, true], ...(a.aliases ?? []).map((s) => [s, false])] as Array<[string, boolean]>) {
    const keys = nameKeys(String(text ?? ''));
    if (!keys.norm || seen.has(keys.norm)) continue;
    seen.add(keys.norm);
    names.push({ text, isLabel, ...keys });
  }
  return { key, label: a.label, type: a.type, kind: a.kind, mentions: a.mentions ?? 0, names };
}

function watch(graph: KnowledgeGraph): Index {
  const index: Index = { entries: new Map(), byNorm: new Map(), dirty: new Set(), stale: true };
  const touch = ({ key }: { key: string }) => void index.dirty.add(key);
  graph.on('nodeAdded', touch);
  graph.on('nodeDropped', touch);
  graph.on('nodeAttributesUpdated', touch);
  for (const event of ['cleared', 'eachNodeAttributesUpdated'] as const) graph.on(event, () => void (index.stale = true));
  indexes.set(graph, index);
  return index;
}

function unindex(index: Index, key: string): void {
  for (const name of index.entries.get(key)?.names ?? []) {
    const keys = index.byNorm.get(name.norm);
    keys?.delete(key);
    if (keys?.size === 0) index.byNorm.delete(name.norm);
  }
  index.entries.delete(key);
}

function reindex(index: Index, graph: KnowledgeGraph, key: string): void {
  unindex(index, key);
  if (!graph.hasNode(key)) return;
  const entry = entryOf(key, graph.getNodeAttributes(key));
  index.entries.set(key, entry);
  for (const name of entry.names) {
    const keys = index.byNorm.get(name.norm) ?? index.byNorm.set(name.norm, new Set()).get(name.norm)!;
    keys.add(key);
  }
}

function current(graph: KnowledgeGraph): Index {
  const index = indexes.get(graph) ?? watch(graph);
  // the order check catches a graph changed without events (graph.import of a snapshot does emit them)
  if (index.stale || (index.dirty.size === 0 && index.entries.size !== graph.order)) {
    index.entries.clear();
    index.byNorm.clear();
    index.dirty.clear();
    index.stale = false;
    graph.forEachNode((key) => reindex(index, graph, key));
    return index;
  }
  for (const key of index.dirty) reindex(index, graph, key);
  index.dirty.clear();
  return index;
}
