// The names of every node (label + aliases) with their comparison keys (text/name-keys.ts)
// and postings over them (name-postings.ts), kept per graph and updated node by node from
// graphology's events: a live server that merges one article touches a few nodes, so the
// next search recomputes those, not all.
import type { KnowledgeGraph, NodeAttributes, NodeType } from '../types.ts';
import { nameKeys, type NameKeys } from '../text/name-keys.ts';
import { createNamePostings, type NamePostings } from './name-postings.ts';

export interface IndexedName extends NameKeys {
  text: string;
  isLabel: boolean;
  owner: IndexedNode;
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
  postings: NamePostings;
  /** Nodes added, changed or dropped since the last lookup. */
  dirty: Set<string>;
  /** Everything must be recomputed (first use, graph cleared). */
  stale: boolean;
}

const indexes = new WeakMap<KnowledgeGraph, Index>();

/** Keys of the nodes whose label or an alias normalises to `norm` (the fast path of resolveNode). */
export function nodesNamed(graph: KnowledgeGraph, norm: string): string[] {
  return [...new Set([...(current(graph).postings.byNorm.get(norm) ?? [])].map((n) => n.owner.key))];
}

/** @example nameIndex(graph).entries.get('actor:khalifa-haftar')?.names[0].norm // → 'khalifa haftar' */
export function nameIndex(graph: KnowledgeGraph): { entries: ReadonlyMap<string, IndexedNode>; postings: NamePostings } {
  return current(graph);
}

function entryOf(key: string, a: NodeAttributes): IndexedNode {
  const seen = new Set<string>();
  const entry: IndexedNode = { key, label: a.label, type: a.type, kind: a.kind, mentions: a.mentions ?? 0, names: [] };
  for (const [text, isLabel] of [[a.label, true], ...(a.aliases ?? []).map((s) => [s, false])] as Array<[string, boolean]>) {
    const keys = nameKeys(String(text ?? ''));
    if (!keys.norm || seen.has(keys.norm)) continue;
    seen.add(keys.norm);
    entry.names.push({ text, isLabel, ...keys, owner: entry });
  }
  return entry;
}

function watch(graph: KnowledgeGraph): Index {
  const index: Index = { entries: new Map(), postings: createNamePostings(), dirty: new Set(), stale: true };
  const touch = ({ key }: { key: string }) => void index.dirty.add(key);
  graph.on('nodeAdded', touch);
  graph.on('nodeDropped', touch);
  graph.on('nodeAttributesUpdated', touch);
  for (const event of ['cleared', 'eachNodeAttributesUpdated'] as const) graph.on(event, () => void (index.stale = true));
  indexes.set(graph, index);
  return index;
}

function reindex(index: Index, graph: KnowledgeGraph, key: string): void {
  for (const name of index.entries.get(key)?.names ?? []) index.postings.remove(name);
  index.entries.delete(key);
  if (!graph.hasNode(key)) return;
  const entry = entryOf(key, graph.getNodeAttributes(key));
  index.entries.set(key, entry);
  for (const name of entry.names) index.postings.add(name);
}

/**
 * Re-indexes the nodes changed since the last lookup a slice of `budgetMs` per event-loop
 * turn, so the first search after a large article (1,000 new nodes: 60 ms) does not pay for
 * all of them; a search in between finishes the rest itself. A graph never searched has no
 * index yet and is left alone.
 * @example applyDiff(graph, diff); void refreshNameIndex(graph);
 */
export async function refreshNameIndex(graph: KnowledgeGraph, budgetMs = 4): Promise<void> {
  const index = indexes.get(graph);
  while (index && !index.stale && index.dirty.size) {
    const until = performance.now() + budgetMs;
    for (const key of index.dirty) {
      reindex(index, graph, key);
      index.dirty.delete(key);
      if (performance.now() >= until) break;
    }
    if (index.dirty.size) await new Promise((resolve) => setImmediate(resolve));
  }
}

function current(graph: KnowledgeGraph): Index {
  const index = indexes.get(graph) ?? watch(graph);
  // the order check catches a graph changed without events (graph.import of a snapshot does emit them)
  if (index.stale || (index.dirty.size === 0 && index.entries.size !== graph.order)) {
    index.entries.clear();
    index.postings.clear();
    index.dirty.clear();
    index.stale = false;
    graph.forEachNode((key) => reindex(index, graph, key));
    return index;
  }
  for (const key of index.dirty) reindex(index, graph, key);
  index.dirty.clear();
  return index;
}
