// An empty knowledge graph with the project's options: directed, multi (two relations
// between one pair are two edges), no self loops.
import Graph from 'graphology';
import type { KnowledgeGraph } from '../types.ts';

/** @example const graph = createGraph(); graph.order // → 0 */
export function createGraph(): KnowledgeGraph {
  return new Graph({ type: 'directed', multi: true, allowSelfLoops: false }) as KnowledgeGraph;
}
