// The short form of a node that answers cite: key, label, type, kind.
import type { KnowledgeGraph } from '../types.ts';
import type { NodeRef } from './types.ts';

/** @example nodeRef(graph, 'backer:turkey') // → {key: 'backer:turkey', label: 'Turkey', type: 'backer', kind: 'state'} */
export function nodeRef(graph: KnowledgeGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, type: a.type, kind: a.kind };
}
